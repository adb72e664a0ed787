import { describe, expect, it } from 'vitest';
import { FACILITY_NAME_MAX_LENGTH, facilityInputSchema, facilityUpdateSchema } from './facility-schemas';

/** The path and message of the first problem, as the server reports it (field and message). */
function firstIssue(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const issue = result.error?.issues[0];
  return issue ? { field: issue.path.join('.'), message: issue.message } : null;
}

describe('facilityInputSchema', () => {
  it('takes a name alone: every other field is null', () => {
    expect(facilityInputSchema.parse({ name: 'Mercy General' })).toEqual({
      name: 'Mercy General',
      addressLine1: null,
      city: null,
      state: null,
      postalCode: null,
      contactEmail: null,
    });
  });

  it('trims every field, upper-cases the state and lower-cases the contact email', () => {
    expect(
      facilityInputSchema.parse({
        name: '  Mercy General  ',
        addressLine1: ' 1 Hospital Way ',
        city: ' Columbus ',
        state: ' oh ',
        postalCode: ' 43215 ',
        contactEmail: ' Dana.Lee@Mercy.TEST ',
      }),
    ).toEqual({ name: 'Mercy General', addressLine1: '1 Hospital Way', city: 'Columbus', state: 'OH', postalCode: '43215', contactEmail: 'dana.lee@mercy.test' });
  });

  it.each([undefined, '', '   ', null])('refuses a missing or blank name (%j) on the name field', (name) => {
    expect(firstIssue(facilityInputSchema.safeParse({ name }))).toEqual({ field: 'name', message: 'Enter the facility name' });
  });

  it(`takes a name of ${FACILITY_NAME_MAX_LENGTH} characters and refuses one more`, () => {
    expect(facilityInputSchema.safeParse({ name: 'x'.repeat(FACILITY_NAME_MAX_LENGTH) }).success).toBe(true);
    expect(firstIssue(facilityInputSchema.safeParse({ name: 'x'.repeat(FACILITY_NAME_MAX_LENGTH + 1) }))).toEqual({
      field: 'name',
      message: `Use at most ${FACILITY_NAME_MAX_LENGTH} characters`,
    });
  });

  it('counts the length after trimming', () => {
    expect(facilityInputSchema.safeParse({ name: `  ${'x'.repeat(FACILITY_NAME_MAX_LENGTH)}  ` }).success).toBe(true);
  });

  it('turns an empty street or city into null, and refuses one that is too long', () => {
    expect(facilityInputSchema.parse({ name: 'Site', addressLine1: '  ', city: '' })).toMatchObject({ addressLine1: null, city: null });
    expect(firstIssue(facilityInputSchema.safeParse({ name: 'Site', addressLine1: 'x'.repeat(201) }))?.field).toBe('addressLine1');
    expect(firstIssue(facilityInputSchema.safeParse({ name: 'Site', city: 'x'.repeat(101) }))?.field).toBe('city');
  });

  it.each(['DC', 'ca', 'WY'])('takes the state %j', (state) => {
    expect(facilityInputSchema.parse({ name: 'Site', state }).state).toBe(state.toUpperCase());
  });

  it.each(['ZZ', 'Ohio', 'PR', 'O', ''])('refuses the state %j on the state field', (state) => {
    expect(firstIssue(facilityInputSchema.safeParse({ name: 'Site', state }))).toEqual({ field: 'state', message: 'Must be a US state or DC (two-letter code)' });
  });

  it.each(['43215', '43215-1234'])('takes the ZIP code %j', (postalCode) => {
    expect(facilityInputSchema.parse({ name: 'Site', postalCode }).postalCode).toBe(postalCode);
  });

  it.each(['4321', '432150', '43215-12', '43215 1234', 'ABCDE', ''])('refuses the ZIP code %j on the postalCode field', (postalCode) => {
    expect(firstIssue(facilityInputSchema.safeParse({ name: 'Site', postalCode }))).toEqual({ field: 'postalCode', message: 'Use a 5-digit ZIP code (or ZIP+4)' });
  });

  it.each(['dana', 'dana@', '@mercy.test', 'dana@mercy', 'dana lee@mercy.test', ''])('refuses the contact email %j on the contactEmail field', (contactEmail) => {
    expect(firstIssue(facilityInputSchema.safeParse({ name: 'Site', contactEmail }))?.field).toBe('contactEmail');
  });

  it('reports the name first when several fields are wrong', () => {
    expect(firstIssue(facilityInputSchema.safeParse({ name: '', state: 'ZZ', postalCode: '1' }))?.field).toBe('name');
  });
});

describe('facilityUpdateSchema', () => {
  it('leaves out the optional fields not given, so an edit changes only what it names', () => {
    expect(facilityUpdateSchema.parse({ name: 'Mercy East' })).toEqual({ name: 'Mercy East' });
    expect(facilityUpdateSchema.parse({ name: 'Mercy East', city: ' Dayton ' })).toEqual({ name: 'Mercy East', city: 'Dayton' });
  });

  it('clears an optional field given as null', () => {
    expect(facilityUpdateSchema.parse({ name: 'Site', addressLine1: null, state: null, postalCode: null, contactEmail: null })).toEqual({
      name: 'Site',
      addressLine1: null,
      state: null,
      postalCode: null,
      contactEmail: null,
    });
  });

  it('still requires the name, and checks each given field as the create form does', () => {
    expect(firstIssue(facilityUpdateSchema.safeParse({ city: 'Dayton' }))?.field).toBe('name');
    expect(firstIssue(facilityUpdateSchema.safeParse({ name: 'Site', state: 'ZZ' }))?.field).toBe('state');
    expect(firstIssue(facilityUpdateSchema.safeParse({ name: 'Site', contactEmail: 'nope' }))?.field).toBe('contactEmail');
    expect(firstIssue(facilityUpdateSchema.safeParse({ name: 'Site', postalCode: '123' }))?.field).toBe('postalCode');
  });
});
