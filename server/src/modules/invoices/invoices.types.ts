import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { InvoiceStatus } from '@coverline/domain';
import { InvoiceStatusEnum } from '../../graphql/enums.js';
import { PageInfo } from '../../graphql/pagination.js';

@ObjectType({ description: "One assignment's premium on an invoice." })
export class InvoiceLine {
  @Field(() => ID) assignmentId!: string;
  @Field(() => String) contractorName!: string;
  @Field(() => String) jobName!: string;
  @Field(() => String) clientEntity!: string;
  @Field(() => String) effectiveDate!: string;
  @Field(() => String) endDate!: string;
  @Field(() => Int) wageCents!: number;
  @Field(() => Int, { description: 'The premium invoiced.' }) amountCents!: number;
}

@ObjectType({ description: 'The agency-paid premiums of one PO number (or of the assignments without one) for a period.' })
export class Invoice {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'e.g. INV-2026-11-0001, unique within the agency.' }) number!: string;
  @Field(() => String, { nullable: true, description: 'null: the "No PO" invoice of assignments without a PO number.' }) poNumber!: string | null;
  @Field(() => InvoiceStatusEnum) status!: InvoiceStatus;
  @Field(() => Int) totalCents!: number;
  @Field(() => String) periodStart!: string;
  @Field(() => String) periodEnd!: string;
  @Field(() => GraphQLDateTime) issuedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) paidAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) voidedAt!: Date | null;
}

@ObjectType()
export class InvoiceEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Invoice) node!: Invoice;
}

@ObjectType()
export class InvoiceConnection {
  @Field(() => [InvoiceEdge]) edges!: InvoiceEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
