// A facility's details as the agency enters them (the Add and Edit forms, createFacility and
// updateFacility): the same rules in the app and on the server.
import { z } from 'zod';
import { emailSchema } from './auth-schemas';
import { postalCodeSchema } from './contact-schemas';
import { optionalText } from './contractor-schemas';
import { usStateCodeSchema } from './us-states';

export const FACILITY_NAME_MAX_LENGTH = 120;

export const facilityInputSchema = z.object({
  name: z
    .string({ error: 'Enter the facility name' })
    .trim()
    .min(1, { message: 'Enter the facility name' })
    .max(FACILITY_NAME_MAX_LENGTH, { message: `Use at most ${FACILITY_NAME_MAX_LENGTH} characters` }),
  addressLine1: optionalText(200),
  city: optionalText(100),
  state: z.nullish(usStateCodeSchema).transform((value) => value ?? null),
  postalCode: z.nullish(postalCodeSchema).transform((value) => value ?? null),
  // The person invited to the facility's Compliance Hub.
  contactEmail: z.nullish(emailSchema).transform((value) => value ?? null),
});
export type FacilityInput = z.input<typeof facilityInputSchema>;
export type FacilityDetails = z.output<typeof facilityInputSchema>;

/**
 * Editing a facility: the name always (it is required), any other field only when given, so an
 * edit leaves out what it does not change; null clears an optional field.
 */
export const facilityUpdateSchema = facilityInputSchema.partial({ addressLine1: true, city: true, state: true, postalCode: true, contactEmail: true });
export type FacilityUpdate = z.output<typeof facilityUpdateSchema>;
