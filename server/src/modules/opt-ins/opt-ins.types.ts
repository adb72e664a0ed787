import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { AssignmentStatus, CoverageType, Language, OptInStatus, Payer } from '@coverline/domain';
import { AssignmentStatusEnum, CoverageTypeEnum, LanguageEnum, OptInStatusEnum, PayerEnum } from '../../graphql/enums.js';
import { CardExpiryInput } from '../payments/payments.types.js';

@ObjectType({ description: 'The contact details on the opt-in form, pre-filled and correctable.' })
export class OptInContractor {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) addressLine1!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) state!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
}

@ObjectType({ description: 'An assignment the opt-in covers.' })
export class OptInAssignment {
  @Field(() => ID) id!: string;
  @Field(() => String) jobName!: string;
  @Field(() => String) clientEntity!: string;
  @Field(() => String) description!: string;
  @Field(() => String) effectiveDate!: string;
  @Field(() => String) endDate!: string;
  @Field(() => String) workState!: string;
  @Field(() => String) jobTitle!: string;
  @Field(() => [CoverageTypeEnum]) coverageTypes!: CoverageType[];
  @Field(() => Int) premiumCents!: number;
  @Field(() => AssignmentStatusEnum) status!: AssignmentStatus;
}

@ObjectType()
export class OptInPaymentMethod {
  @Field(() => String) brand!: string;
  @Field(() => String) last4!: string;
}

@ObjectType({ description: 'The pre-filled opt-in form behind a contractor link.' })
export class OptInForm {
  @Field(() => Boolean, { description: 'True once the contractor confirmed; the form is then read-only.' }) completed!: boolean;
  @Field(() => String) agencyName!: string;
  @Field(() => OptInContractor) contractor!: OptInContractor;
  @Field(() => PayerEnum) payer!: Payer;
  @Field(() => [OptInAssignment]) assignments!: OptInAssignment[];
  @Field(() => String, { description: 'The version of the terms, the same in every language.' }) termsVersion!: string;
  @Field(() => OptInPaymentMethod, { nullable: true, description: 'The card on file, when the contractor pays.' })
  paymentMethod!: OptInPaymentMethod | null;
}

@ObjectType({ description: 'An opt-in the contractor signed: the record of which terms they accepted, when and how.' })
export class SignedOptIn {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTime) signedAt!: Date;
  @Field(() => String, { description: 'The full name they typed as their signature.' }) signatureName!: string;
  @Field(() => String, { nullable: true, description: 'The version of the terms they accepted; null for an opt-in signed before versions were recorded.' }) termsVersion!: string | null;
  @Field(() => LanguageEnum, { description: 'The language of the terms they read and signed.' }) termsLanguage!: Language;
}

@InputType()
export class OptInInput {
  @Field(() => Boolean) acceptTerms!: boolean;
  @Field(() => String, { description: 'The typed name that signs the form.' }) signatureName!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) addressLine1?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) state?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true, description: 'A payment provider token (never a card number); needed when the contractor pays and has no card on file.' })
  paymentMethodToken?: string | null;
  @Field(() => CardExpiryInput, { nullable: true, description: 'The expiry typed with the card of `paymentMethodToken`.' })
  cardExpiry?: CardExpiryInput | null;
  @Field(() => LanguageEnum, { nullable: true, description: "The language the contractor read and signed the terms in (EN unless said); it becomes their language for the app and emails." })
  language?: Language | null;
}

@ObjectType()
export class OptInResultContractor {
  @Field(() => ID) id!: string;
  @Field(() => OptInStatusEnum) optInStatus!: OptInStatus;
}

@ObjectType()
export class OptInResultAssignment {
  @Field(() => ID) id!: string;
  @Field(() => AssignmentStatusEnum) status!: AssignmentStatus;
}

@ObjectType()
export class OptInResult {
  @Field(() => OptInResultContractor) contractor!: OptInResultContractor;
  @Field(() => [OptInResultAssignment]) assignments!: OptInResultAssignment[];
}

export const ReminderKindEnum = { AUTOMATIC: 'AUTOMATIC', MANUAL: 'MANUAL' } as const;
export type ReminderKind = keyof typeof ReminderKindEnum;
registerEnumType(ReminderKindEnum, { name: 'ReminderKind', description: "AUTOMATIC: sent by the agency's schedule; MANUAL: sent by a team member or an API key." });

@ObjectType({ description: 'One opt-in reminder a contractor was sent.' })
export class OptInReminder {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTime) sentAt!: Date;
  @Field(() => ReminderKindEnum) kind!: ReminderKind;
  @Field(() => Int, { nullable: true, description: 'For an automatic reminder: the day of the schedule (days after the link was sent).' }) scheduleDay!: number | null;
  @Field(() => String, { description: 'Who sent it: AGENCY_MEMBER, API_KEY or SYSTEM (the schedule).' }) sentByType!: string;
  @Field(() => String, { nullable: true, description: "For a manual reminder: the member's name (else email) or the API key's name." }) sentByName!: string | null;
}

export const OptInReminderSkipReason = { NOTHING_TO_CONFIRM: 'NOTHING_TO_CONFIRM', ARCHIVED: 'ARCHIVED', NOT_FOUND: 'NOT_FOUND' } as const;
export type OptInReminderSkipReason = keyof typeof OptInReminderSkipReason;
registerEnumType(OptInReminderSkipReason, {
  name: 'OptInReminderSkipReason',
  description: 'NOTHING_TO_CONFIRM: no opt-in waits for them; ARCHIVED: archived contractors get no reminder; NOT_FOUND: no such contractor in the agency.',
});

@ObjectType({ description: 'A contractor a bulk reminder did not reach, and why.' })
export class SkippedOptInReminder {
  @Field(() => ID) contractorId!: string;
  @Field(() => OptInReminderSkipReason) reason!: OptInReminderSkipReason;
  @Field(() => String, { description: 'The reason in words, for the rep.' }) message!: string;
}

@ObjectType()
export class OptInRemindersResult {
  @Field(() => Int, { description: 'How many contractors were emailed a reminder.' }) sent!: number;
  @Field(() => [SkippedOptInReminder]) skipped!: SkippedOptInReminder[];
}
