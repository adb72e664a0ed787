import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { attemptLogOf, resendWebhookDelivery } from './webhook-deliveries.service.js';
import { WebhookDelivery, WebhookDeliveryAttempt } from './webhook-endpoints.types.js';

@Resolver(() => WebhookDelivery)
export class WebhookDeliveriesResolver {
  @Can('webhook-delivery:resend')
  @Mutation(() => WebhookDelivery, { description: "Sends a delivery again, whatever its status, as its endpoint's next one." })
  resendWebhookDelivery(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return resendWebhookDelivery(ctx.access, id);
  }

  @FieldResolver(() => [WebhookDeliveryAttempt], { description: 'Every attempt, oldest first.' })
  attemptLog(@Root() delivery: WebhookDelivery, @Ctx() ctx: Context) {
    return attemptLogOf(ctx.access, delivery);
  }
}
