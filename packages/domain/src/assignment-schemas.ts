// The "Add job assignment" form and API input (rule 1's dates are checked with today's date apart).
import { z } from 'zod';
import { COVERAGE_TYPES, PAYERS, type AssignmentStatus, type Payer } from './enums';
import { isoDateSchema } from './dates';
import { wageCentsSchema } from './money';
import { usStateCodeSchema } from './us-states';

export const newJobCategorySchema = z.object({
  jobCodeId: z.string().min(1, { message: 'Choose a job code' }),
  coverageTypes: z
    .array(z.enum(COVERAGE_TYPES))
    .min(1, { message: 'Choose at least one coverage type' })
    .transform((types) => [...new Set(types)].sort()),
  workState: usStateCodeSchema,
});

export const createAssignmentSchema = z
  .object({
    contractorId: z.string().min(1, { message: 'Choose a contractor' }),
    jobCategoryId: z.string().min(1).nullish(),
    newJobCategory: newJobCategorySchema.nullish(),
    clientEntity: z.string().trim().min(1, { message: 'Enter the client entity (e.g. the brand or campaign)' }).max(200),
    jobName: z.string().trim().min(1, { message: 'Enter the job name' }).max(200),
    description: z
      .string()
      .trim()
      .min(20, { message: 'Describe the work in 2–3 sentences' })
      .max(2000, { message: 'Keep the description under 2,000 characters' }),
    effectiveDate: isoDateSchema,
    endDate: isoDateSchema,
    wageCents: wageCentsSchema,
    payer: z.enum(PAYERS).nullish(),
    facilityId: z.string().min(1).nullish(),
    poNumber: z
      .string()
      .trim()
      .max(64, { message: 'Use at most 64 characters' })
      .nullish()
      .transform((value) => (value ? value : null)),
  })
  .superRefine((input, ctx) => {
    if (!input.jobCategoryId === !input.newJobCategory) {
      ctx.addIssue({ code: 'custom', path: ['jobCategoryId'], message: 'Choose an approved job category or propose a new one' });
    }
  });
export type CreateAssignmentFormInput = z.input<typeof createAssignmentSchema>;

/** What happens next for an assignment, in the words the agency rep sees after Create. */
export function describeNextStep(input: { status: AssignmentStatus; payer: Payer; contractorFirstName: string }): string {
  const name = input.contractorFirstName;
  switch (input.status) {
    case 'PENDING_APPROVAL':
      return `Pending approval: Coverline reviews the new job category first. ${name} is contacted once it is approved.`;
    case 'AWAITING_OPT_IN':
      return `Opt-in link sent: ${name} received an email to confirm the pre-filled form. Coverage starts once they do.`;
    case 'AWAITING_PAYMENT':
      return `Payment notice sent: ${name}'s card on file will be charged within 24 hours; coverage binds once paid.`;
    case 'COVERED':
      return `Covered: the certificate of insurance was issued and emailed to ${name}.`;
    case 'ENDED':
      return 'Ended: the assignment is over; its certificate stays available.';
    case 'OPTED_OUT':
      return `${name} opted out: this assignment is not covered.`;
    case 'DECLINED':
      return `Payment declined: ${name} was asked to update their card. Coverage binds once a payment succeeds.`;
    case 'CANCELLED':
      return 'Cancelled: this assignment will not be covered.';
  }
}

/** The longest reason a person may give for a status change (cancelling an assignment, rejecting a job category). */
export const STATUS_REASON_MAX_LENGTH = 500;

/** The optional reason given with a status change: trimmed, and short enough to show in a status history. */
export const statusReasonInputSchema = z.object({
  reason: z
    .string()
    .trim()
    .max(STATUS_REASON_MAX_LENGTH, { message: `Keep the reason to ${STATUS_REASON_MAX_LENGTH} characters or fewer` })
    .nullish()
    .transform((reason) => reason || null),
});
