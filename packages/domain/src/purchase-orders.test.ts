import { describe, expect, it } from 'vitest';
import { setPoNumberSchema } from './purchase-orders';

describe('setPoNumberSchema', () => {
  it('trims the PO number and lower-cases the contact email', () => {
    expect(setPoNumberSchema.parse({ poNumber: '  META-7781 ', poContactEmail: ' AP@Meta.test ' })).toEqual({ poNumber: 'META-7781', poContactEmail: 'ap@meta.test' });
  });

  it('takes no contact email as "keep the current one"', () => {
    for (const poContactEmail of [undefined, null, '']) expect(setPoNumberSchema.parse({ poNumber: 'PO-1', poContactEmail })).toEqual({ poNumber: 'PO-1', poContactEmail: undefined });
  });

  it('refuses a blank or overlong PO number, and an invalid email, on their fields', () => {
    const pathsOf = (input: unknown) => setPoNumberSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));
    expect(pathsOf({ poNumber: '   ' })).toEqual(['poNumber']);
    expect(pathsOf({ poNumber: 'X'.repeat(65) })).toEqual(['poNumber']);
    expect(pathsOf({ poNumber: 'PO-1', poContactEmail: 'not an email' })).toEqual(['poContactEmail']);
  });
});
