// The contractor form and API input, shared by the agency app and the server.
import { z } from 'zod';
import { emailSchema } from './auth-schemas';
import { usStateCodeSchema } from './us-states';

/** Optional free text: trimmed, at most `max` characters; empty or left out becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Use at most ${max} characters` })
    .nullish()
    .transform((value) => (value ? value : null));

export const phoneSchema = z
  .string()
  .trim()
  .refine((value) => /^\+?[0-9 ().-]{7,20}$/.test(value) && value.replace(/\D/g, '').length >= 10, {
    message: 'Enter a phone number with area code',
  });

export const postalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{5}(-\d{4})?$/, { message: 'Use a 5-digit ZIP code (or ZIP+4)' });

export const createContractorSchema = z.object({
  firstName: z.string().trim().min(1, { message: 'Enter the first name' }).max(100),
  lastName: z.string().trim().min(1, { message: 'Enter the last name' }).max(100),
  email: emailSchema,
  phone: phoneSchema.nullish().transform((value) => value ?? null),
  addressLine1: optionalText(200),
  city: optionalText(100),
  state: usStateCodeSchema.nullish().transform((value) => value ?? null),
  postalCode: postalCodeSchema.nullish().transform((value) => value ?? null),
  workState: usStateCodeSchema.nullish().transform((value) => value ?? null),
  externalId: optionalText(100),
});
export type CreateContractorInput = z.input<typeof createContractorSchema>;

/** Editing a contractor: any subset of the fields of the create form, each checked the same way. */
export const updateContractorSchema = createContractorSchema.partial();
export type UpdateContractorInput = z.input<typeof updateContractorSchema>;
