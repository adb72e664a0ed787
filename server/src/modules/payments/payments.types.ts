import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { CHARGE_STATUSES, type AssignmentStatus, type ChargeStatus } from '@coverline/domain';
import { AssignmentStatusEnum } from '../../graphql/enums.js';

export const ChargeStatusEnum = Object.fromEntries(CHARGE_STATUSES.map((s) => [s, s])) as { [K in ChargeStatus]: K };
registerEnumType(ChargeStatusEnum, { name: 'ChargeStatus', description: 'Where a contractor-paid charge stands.' });

@ObjectType({ description: 'A card on file, as the payment provider describes it: never its number.' })
export class PaymentMethod {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The card brand as the provider names it, e.g. "visa".' }) brand!: string;
  @Field(() => String) last4!: string;
  @Field(() => Int, { nullable: true }) expMonth!: number | null;
  @Field(() => Int, { nullable: true }) expYear!: number | null;
}

@InputType({
  description:
    "The expiry month the contractor typed with the card. Kept when the payment provider's token does not carry one (the built-in sandbox's test tokens); Stripe's own record of the card wins.",
})
export class CardExpiryInput {
  @Field(() => Int, { description: '1–12.' }) month!: number;
  @Field(() => Int, { description: 'Four digits, e.g. 2028.' }) year!: number;
}

@ObjectType({ description: "A charge of a contractor's card for the coverage of one assignment." })
export class Charge {
  @Field(() => ID) id!: string;
  @Field(() => ID) assignmentId!: string;
  @Field(() => String) jobName!: string;
  @Field(() => Int) amountCents!: number;
  @Field(() => ChargeStatusEnum) status!: ChargeStatus;
  @Field(() => GraphQLDateTime, { description: 'When the card is (or was to be) charged: 24 hours after the notice.' }) scheduledFor!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) attemptedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Why the charge was declined, in the payment processor's own (English) words." }) failureMessage!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The processor's code of a decline (Stripe's decline_code, e.g. insufficient_funds; no_payment_method when there was no card): say the reason in the contractor's language from it. Null unless declined, and for declines recorded before codes were.",
  })
  declineCode!: string | null;
  @Field(() => PaymentMethod, { nullable: true }) paymentMethod!: PaymentMethod | null;
  @Field(() => Boolean, { description: 'The contractor may still opt out of this charge (and of the coverage).' }) viewerCanOptOut!: boolean;
  @Field(() => Boolean, { description: 'The charge was declined and the contractor may retry the payment.' }) viewerCanRetry!: boolean;
}

@ObjectType({ description: "The outcome of a contractor's payment action on one assignment." })
export class ContractorPaymentResult {
  @Field(() => ID) assignmentId!: string;
  @Field(() => AssignmentStatusEnum) status!: AssignmentStatus;
  @Field(() => String, { description: 'What happened, in words for the contractor.' }) message!: string;
  @Field(() => Charge, { nullable: true }) charge!: Charge | null;
}
