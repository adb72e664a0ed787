// The contractor form and API input, shared by the agency app and the server.
import { z } from 'zod';
import { emailSchema } from './auth-schemas';
import { phoneSchema, postalCodeSchema } from './contact-schemas';
import { usStateCodeSchema } from './us-states';

/** Optional free text: trimmed, at most `max` characters; empty or left out becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Use at most ${max} characters` })
    .nullish()
    .transform((value) => (value ? value : null));

export const createContractorSchema = z.object({
  firstName: z.string().trim().min(1, { message: 'Enter the first name' }).max(100),
  lastName: z.string().trim().min(1, { message: 'Enter the last name' }).max(100),
  email: emailSchema,
  phone: z.nullish(phoneSchema).transform((value) => value ?? null),
  addressLine1: optionalText(200),
  city: optionalText(100),
  state: z.nullish(usStateCodeSchema).transform((value) => value ?? null),
  postalCode: z.nullish(postalCodeSchema).transform((value) => value ?? null),
  workState: z.nullish(usStateCodeSchema).transform((value) => value ?? null),
  externalId: optionalText(100),
});
export type CreateContractorInput = z.input<typeof createContractorSchema>;

/** Editing a contractor: any subset of the fields of the create form, each checked the same way. */
export const updateContractorSchema = createContractorSchema.partial();
export type UpdateContractorInput = z.input<typeof updateContractorSchema>;
