import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { findMyPaymentMethod, listMyCharges, optOutOfCharge, retryCharge, updatePaymentMethod } from './payments.service.js';
import { CardExpiryInput, Charge, ContractorPaymentResult, PaymentMethod } from './payments.types.js';

@Resolver()
export class PaymentsResolver {
  @Can('contractor-self:read')
  @Query(() => PaymentMethod, { nullable: true, description: "The signed-in contractor's card on file." })
  myPaymentMethod(@Ctx() ctx: Context) {
    return findMyPaymentMethod(ctx.access);
  }

  @Can('contractor-self:read')
  @Query(() => [Charge], { description: "The signed-in contractor's charges, newest first." })
  myCharges(@Ctx() ctx: Context) {
    return listMyCharges(ctx.access);
  }

  @Can('payment:manage')
  @Mutation(() => ContractorPaymentResult, { description: 'Opts out of an assignment before its charge is made: no charge, no coverage.' })
  optOutOfCharge(@Ctx() ctx: Context, @Arg('assignmentId', () => ID) assignmentId: string) {
    return optOutOfCharge(ctx.access, assignmentId);
  }

  @Can('payment:manage')
  @Mutation(() => PaymentMethod, {
    description:
      'Replaces the card on file with the provider token of a new one; charges not yet made use it, and each declined assignment is charged on it at once (coverage binds if it succeeds).',
  })
  updatePaymentMethod(
    @Ctx() ctx: Context,
    @Arg('paymentMethodToken', () => String) paymentMethodToken: string,
    @Arg('cardExpiry', () => CardExpiryInput, { nullable: true }) cardExpiry: CardExpiryInput | null,
  ) {
    return updatePaymentMethod(ctx.access, paymentMethodToken, cardExpiry);
  }

  @Can('payment:manage')
  @Mutation(() => ContractorPaymentResult, { description: 'After a decline: charges the card on file again at once; coverage binds if it succeeds.' })
  retryCharge(@Ctx() ctx: Context, @Arg('assignmentId', () => ID) assignmentId: string) {
    return retryCharge(ctx.access, assignmentId);
  }
}
