import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import type { ReconciliationStatus } from '@coverline/domain';
import { connectionOf } from '../../graphql/pagination.js';

export const ReconciliationStatusEnum = { MATCHED: 'MATCHED', UNMATCHED: 'UNMATCHED', AMBIGUOUS: 'AMBIGUOUS' } as const satisfies Record<
  ReconciliationStatus,
  ReconciliationStatus
>;
registerEnumType(ReconciliationStatusEnum, {
  name: 'ReconciliationStatus',
  description: 'MATCHED: one certificate covered the contractor that day; UNMATCHED: none did; AMBIGUOUS: several did.',
});

@ObjectType({ description: 'Which header of a payment schedule holds each field; null where no header was recognised.' })
export class PaymentColumnMapping {
  @Field(() => String, { nullable: true }) contractorName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) paymentDate!: string | null;
  @Field(() => String, { nullable: true }) amount!: string | null;
}

@InputType({ description: 'Headers of the file, exactly as in its first row: a payment date, an amount, and a contractor name and/or email.' })
export class PaymentColumnMappingInput {
  @Field(() => String, { nullable: true }) contractorName?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) paymentDate?: string | null;
  @Field(() => String, { nullable: true }) amount?: string | null;
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
}

@ObjectType({ description: 'One payment of the schedule and the certificate it was matched to.' })
export class ReconciledPayment {
  @Field(() => Int, { description: 'Line of the file where the row starts (the headers are line 1).' }) line!: number;
  @Field(() => String, { nullable: true, description: 'As written in the file.' }) contractorName!: string | null;
  @Field(() => String, { nullable: true, description: 'As written in the file, lower case.' }) email!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) paymentDate!: string;
  @Field(() => Int) amountCents!: number;
  @Field(() => ReconciliationStatusEnum) status!: ReconciliationStatus;
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

@ObjectType({ description: "An auditor's schedule of payments reconciled against a facility's certificates; kept, so its downloads stay available." })
export class PaymentReconciliation {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => [ReconciliationTotal], { description: 'One per status, always all three, MATCHED first.' }) totals!: ReconciliationTotal[];
  @Field(() => [ReconciledPayment], { description: 'In the order of the file.' }) rows!: ReconciledPayment[];
  @Field(() => String, { description: 'The rows as CSV.' }) csvUrl!: string;
  @Field(() => String, { description: 'A ZIP of the report (CSV and PDF) and every matched certificate.' }) packetUrl!: string;
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
