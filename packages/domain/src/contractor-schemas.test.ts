import { describe, expect, it } from 'vitest';
import { updateContractorSchema } from './contractor-schemas';

describe('updateContractorSchema', () => {
  it('keeps only the fields given: an edit of one field leaves the others out', () => {
    expect(updateContractorSchema.parse({ city: ' Dayton ' })).toEqual({ city: 'Dayton' });
    expect(updateContractorSchema.parse({})).toEqual({});
  });

  it('clears an optional field given as null or empty', () => {
    expect(updateContractorSchema.parse({ phone: null, addressLine1: '', state: null, externalId: '  ' })).toEqual({
      phone: null,
      addressLine1: null,
      state: null,
      externalId: null,
    });
  });

  it('checks each given field as the create form does', () => {
    expect(updateContractorSchema.parse({ state: 'oh', email: ' Dana@Example.com ' })).toMatchObject({ state: 'OH' });
    expect(updateContractorSchema.safeParse({ firstName: '' }).error?.issues[0]).toMatchObject({ path: ['firstName'], message: 'Enter the first name' });
    expect(updateContractorSchema.safeParse({ postalCode: '123' }).error?.issues[0]?.path).toEqual(['postalCode']);
    expect(updateContractorSchema.safeParse({ workState: 'ZZ' }).error?.issues[0]?.path).toEqual(['workState']);
  });
});
