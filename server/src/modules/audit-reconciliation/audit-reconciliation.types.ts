import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import type { CoverageType, MatchBasis, ReconciliationStatus } from '@coverline/domain';
import { CoverageTypeEnum } from '../../graphql/enums.js';
import { connectionOf } from '../../graphql/pagination.js';

export const ReconciliationStatusEnum = { MATCHED: 'MATCHED', UNMATCHED: 'UNMATCHED', AMBIGUOUS: 'AMBIGUOUS' } as const satisfies Record<
  ReconciliationStatus,
  ReconciliationStatus
>;
registerEnumType(ReconciliationStatusEnum, {
  name: 'ReconciliationStatus',
  description: 'MATCHED: one valid certificate covered the work (its period, else the payment date); UNMATCHED: none did; AMBIGUOUS: several did.',
});

export const MatchBasisEnum = { WORK_PERIOD: 'WORK_PERIOD', PAYMENT_DATE: 'PAYMENT_DATE' } as const satisfies Record<MatchBasis, MatchBasis>;
registerEnumType(MatchBasisEnum, {
  name: 'MatchBasis',
  description: "What a payment was checked against: WORK_PERIOD, the row's work from/to dates; PAYMENT_DATE, its payment date, only when the row gives no work period.",
});

@ObjectType({ description: 'Which header of a payment schedule holds each field; null where no header was recognised.' })
export class PaymentColumnMapping {
  @Field(() => String, { nullable: true }) contractorName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) paymentDate!: string | null;
  @Field(() => String, { nullable: true }) amount!: string | null;
  @Field(() => String, { nullable: true }) legalName!: string | null;
  @Field(() => String, { nullable: true }) fein!: string | null;
  @Field(() => String, { nullable: true }) workFrom!: string | null;
  @Field(() => String, { nullable: true }) workTo!: string | null;
  @Field(() => String, { nullable: true }) workState!: string | null;
}

@InputType({
  description:
    'Headers of the file, exactly as in its first row: a payment date, an amount, and a contractor name, legal name and/or email; optionally a work period (work from and work to, both or neither), a work state and a FEIN.',
})
export class PaymentColumnMappingInput {
  @Field(() => String, { nullable: true }) contractorName?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) paymentDate?: string | null;
  @Field(() => String, { nullable: true }) amount?: string | null;
  @Field(() => String, { nullable: true, description: "The payee's legal name: matched against contractors' names like the name." }) legalName?: string | null;
  @Field(() => String, { nullable: true, description: 'NN-NNNNNNN (nine digits are accepted): identifies the payee in the per-payee totals.' }) fein?: string | null;
  @Field(() => String, { nullable: true, description: 'First day of the work paid for; with workTo, payments are matched on the work period.' }) workFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of the work paid for, inclusive.' }) workTo?: string | null;
  @Field(() => String, { nullable: true, description: 'A US state code or name: only a certificate for work in that state matches.' }) workState?: string | null;
}

@ObjectType({ description: 'What a payment schedule holds, to confirm the column mapping before reconciling it.' })
export class PaymentSchedulePreview {
  @Field(() => [String], { description: 'The first row of the file.' }) headers!: string[];
  @Field(() => PaymentColumnMapping) suggestedMapping!: PaymentColumnMapping;
  @Field(() => [[String]], { description: 'The first 5 rows after the headers, cell by cell.' }) rows!: string[][];
  @Field(() => Int, { description: 'Rows after the headers, blank lines left out.' }) rowCount!: number;
}

@ObjectType({ description: 'A certificate that covered a contractor at the facility on a given day.' })
export class CoveringCertificate {
  @Field(() => String) number!: string;
  @Field(() => String, { description: 'The PDF; served only to a viewer allowed to see the assignment.' }) downloadUrl!: string;
  @Field(() => String, { description: 'The insured contractor, as on file.' }) contractorName!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) effectiveDate!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) endDate!: string;
  @Field(() => String, { nullable: true, description: 'The state the certificate covers work in; null only in reconciliations kept before states were recorded.' }) workState!: string | null;
}

@ObjectType({ description: 'One coverage line of an estimated exposure.' })
export class ExposureLine {
  @Field(() => CoverageTypeEnum) coverageType!: CoverageType;
  @Field(() => String, { nullable: true }) classCode!: string | null;
  @Field(() => Float, { description: "Per $100 of payroll for workers' compensation, per $1,000 for general liability." }) rate!: number;
  @Field(() => Int) premiumCents!: number;
}

@ObjectType({
  description:
    "What an unmatched payment may cost at audit: the whole payment added to payroll as uninsured work, priced at the contractor's class rate in the work state (no minimum premium).",
})
export class EstimatedExposure {
  @Field(() => Int) payrollCents!: number;
  @Field(() => String, { nullable: true, description: "The row's work state, else that of the contractor's latest certificate here." }) state!: string | null;
  @Field(() => String, { nullable: true }) jobCode!: string | null;
  @Field(() => Int, { nullable: true, description: 'Null when no class rate is known.' }) premiumCents!: number | null;
  @Field(() => [ExposureLine]) lines!: ExposureLine[];
  @Field(() => String, { description: 'The estimate in words, with what it is taken from.' }) explanation!: string;
}

@ObjectType({ description: 'One payment of the schedule and the certificate it was matched to.' })
export class ReconciledPayment {
  @Field(() => Int, { description: 'Line of the file where the row starts (the headers are line 1).' }) line!: number;
  @Field(() => String, { nullable: true, description: 'As written in the file.' }) contractorName!: string | null;
  @Field(() => String, { nullable: true, description: 'As written in the file, lower case.' }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'As written in the file.' }) legalName!: string | null;
  @Field(() => String, { nullable: true, description: 'NN-NNNNNNN' }) fein!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) paymentDate!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the first day of the work paid for.' }) workFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day of the work paid for.' }) workTo!: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter US state code.' }) workState!: string | null;
  @Field(() => Int) amountCents!: number;
  @Field(() => ReconciliationStatusEnum) status!: ReconciliationStatus;
  @Field(() => MatchBasisEnum) matchedOn!: MatchBasis;
  @Field(() => String, { description: 'How the row was matched, in words: "Matched on work period Jan 5 – Jan 30, 2027".' }) basis!: string;
  @Field(() => EstimatedExposure, { nullable: true, description: 'For an UNMATCHED payment.' }) exposure!: EstimatedExposure | null;
  @Field(() => String, { nullable: true, description: 'Why a payment is not MATCHED, or what to know about its match.' }) note!: string | null;
  @Field(() => CoveringCertificate, { nullable: true, description: 'The certificate of a MATCHED payment.' }) certificate!: CoveringCertificate | null;
  @Field(() => [String], { description: 'The certificates an AMBIGUOUS payment could belong to.' }) candidateCertificateNumbers!: string[];
}

@ObjectType()
export class ReconciliationTotal {
  @Field(() => ReconciliationStatusEnum) status!: ReconciliationStatus;
  @Field(() => Int) count!: number;
  @Field(() => GraphQLSafeInt, { description: 'Integer cents; a schedule can add up to more than an Int holds.' }) amountCents!: number;
}

@ObjectType({ description: "One payee's payments over the audit period: by FEIN when the schedule gives one, else by email, else by name." })
export class PayeeTotal {
  @Field(() => String, { description: 'The legal name when given, else the name, else the email.' }) payee!: string;
  @Field(() => String, { nullable: true }) fein!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => Int) count!: number;
  @Field(() => GraphQLSafeInt) amountCents!: number;
  @Field(() => GraphQLSafeInt) matchedCents!: number;
  @Field(() => GraphQLSafeInt) unmatchedCents!: number;
  @Field(() => GraphQLSafeInt) ambiguousCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'The estimated premium of the unmatched payments that have a class rate.' }) exposurePremiumCents!: number;
  @Field(() => Int, { description: 'Unmatched payments without a class rate to price them.' }) unpricedCount!: number;
}

@ObjectType({ description: 'The days a schedule spans: its earliest work (or payment, for rows without a work period) to its latest.' })
export class AuditPeriod {
  @Field(() => String, { description: 'YYYY-MM-DD' }) from!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) to!: string;
}

@ObjectType({ description: "An auditor's schedule of payments reconciled against a facility's certificates; kept, so its downloads stay available." })
export class PaymentReconciliation {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => [ReconciliationTotal], { description: 'One per status, always all three, MATCHED first.' }) totals!: ReconciliationTotal[];
  @Field(() => [ReconciledPayment], { description: 'In the order of the file.' }) rows!: ReconciledPayment[];
  @Field(() => AuditPeriod, { nullable: true }) period!: AuditPeriod | null;
  @Field(() => [PayeeTotal], { description: 'Each payee over the audit period, in the order they first appear.' }) payees!: PayeeTotal[];
  @Field(() => String, { description: 'The rows as CSV.' }) csvUrl!: string;
  @Field(() => String, { description: "A ZIP of the report (CSV and PDF), the payees' totals, a manifest of the matched certificates (state and dates of each) and every matched certificate." }) packetUrl!: string;
}

export const PaymentReconciliationConnection = connectionOf('PaymentReconciliation', PaymentReconciliation, "A page of a facility's kept reconciliations, newest first.");

@ObjectType({ description: 'Whether a contractor was (or will be) covered at a facility on a given day.' })
export class ClearedToWork {
  @Field(() => Boolean) cleared!: boolean;
  @Field(() => String, { nullable: true, description: "The contractor's name on file, when the question identifies one contractor." }) contractorName!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => CoveringCertificate, { nullable: true, description: 'The certificate that covers them that day.' }) certificate!: CoveringCertificate | null;
  @Field(() => String, { nullable: true, description: 'Why they are not cleared.' }) note!: string | null;
}
