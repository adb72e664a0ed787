// An agency's settings as a rep edits them: any subset of the fields, each checked.
import { z } from 'zod';
import { emailSchema } from './auth-schemas';
import { isValidTimeZone } from './dates';
import { PAYERS } from './enums';
import { reminderDaysSchema } from './reminders';

export const agencySettingsSchema = z.object({
  billingEmail: emailSchema.optional(),
  defaultPayer: z.enum(PAYERS, { message: 'Choose who pays: the agency or the contractor' }).optional(),
  timeZone: z.string().trim().refine(isValidTimeZone, { message: 'Use an IANA time zone such as America/Chicago' }).optional(),
  reminderDays: reminderDaysSchema.optional(),
});
export type AgencySettingsInput = z.input<typeof agencySettingsSchema>;
