// An agency's settings as a rep edits them (and as an operator sets them when creating the agency):
// any subset of the fields, each checked.
import { z } from 'zod';
import { emailSchema } from './auth-schemas';
import { generalLiabilityRequirementSchema, workersCompensationRequirementSchema } from './coverage-requirements';
import { isValidTimeZone } from './dates';
import { PAYERS } from './enums';
import { reminderDaysSchema } from './reminders';

/** An email, or an empty string to clear it (null). */
const clearableEmailSchema = z.union([z.literal('').transform(() => null), emailSchema]);

export const agencySettingsSchema = z.object({
  billingEmail: clearableEmailSchema.optional(),
  defaultPoContactEmail: clearableEmailSchema.optional(),
  defaultPayer: z.enum(PAYERS, { message: 'Choose who pays: the agency or the contractor' }).optional(),
  timeZone: z.string().trim().refine(isValidTimeZone, { message: 'Use an IANA time zone such as America/Chicago' }).optional(),
  reminderDays: reminderDaysSchema.optional(),
  generalLiability: generalLiabilityRequirementSchema.optional(),
  workersCompensation: workersCompensationRequirementSchema.optional(),
});
export type AgencySettingsInput = z.input<typeof agencySettingsSchema>;
export type AgencySettingsChanges = z.output<typeof agencySettingsSchema>;
