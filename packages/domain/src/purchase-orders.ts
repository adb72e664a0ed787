import { z } from 'zod';
import { emailSchema } from './auth-schemas';

// PO numbers (DESIGN flow 7): what setPoNumber accepts, for the server and the forms alike.

/** The most assignments one PO number change names: more pages of the list than anyone selects at once. */
export const MAX_PO_NUMBER_ASSIGNMENTS = 1000;

export const poNumberSchema = z
  .string({ error: 'Enter a PO number.' })
  .trim()
  .min(1, { error: 'Enter a PO number.' })
  .max(64, { error: 'A PO number has at most 64 characters.' });

/** The PO number and, optionally, the contact its invoices go to ('' or absent: keep the current one). */
export const setPoNumberSchema = z.object({
  poNumber: poNumberSchema,
  poContactEmail: z
    .union([z.literal('').transform(() => undefined), emailSchema])
    .nullish()
    .transform((email) => email ?? undefined),
});
