import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { deliveriesOf } from './webhook-deliveries.service.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
  listWebhookEventTypes,
  rollWebhookEndpointSecret,
  updateWebhookEndpoint,
  type WebhookEndpointView,
} from './webhook-endpoints.service.js';
import { WebhookDeliveryConnection, WebhookEndpoint, WebhookEndpointUpdate } from './webhook-endpoints.types.js';

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointsResolver {
  @Can('webhook-endpoint:read')
  @Query(() => [WebhookEndpoint], { description: "The agency's webhook endpoints, newest first (their secrets are never returned here)." })
  webhookEndpoints(@Ctx() ctx: Context) {
    return listWebhookEndpoints(ctx.access);
  }

  @Can('webhook-endpoint:read')
  @Query(() => WebhookEndpoint, { nullable: true, description: "One of the agency's webhook endpoints, e.g. to page through its deliveries; null when the agency has none by that id." })
  webhookEndpoint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getWebhookEndpoint(ctx.access, id);
  }

  @Can('webhook-endpoint:read')
  @Query(() => [String], { description: 'Every event type an endpoint can subscribe to.' })
  webhookEventTypes(@Ctx() ctx: Context) {
    return listWebhookEventTypes(ctx.access);
  }

  @Can('webhook-endpoint:manage')
  @Mutation(() => WebhookEndpoint, { description: 'Adds an endpoint that receives the given event types. The answer carries its signing secret, shown this once.' })
  createWebhookEndpoint(@Ctx() ctx: Context, @Arg('url', () => String) url: string, @Arg('events', () => [String]) events: string[]) {
    return createWebhookEndpoint(ctx.access, { url, events });
  }

  @Can('webhook-endpoint:manage')
  @Mutation(() => WebhookEndpoint, { description: "Changes an endpoint's URL, event types or whether it is enabled." })
  updateWebhookEndpoint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => WebhookEndpointUpdate) input: WebhookEndpointUpdate) {
    return updateWebhookEndpoint(ctx.access, id, input);
  }

  @Can('webhook-endpoint:manage')
  @Mutation(() => Boolean, { description: 'Deletes an endpoint and its delivery log; nothing more is sent to it.' })
  deleteWebhookEndpoint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return deleteWebhookEndpoint(ctx.access, id);
  }

  @Can('webhook-endpoint:manage')
  @Mutation(() => WebhookEndpoint, { description: 'Replaces the signing secret at once; the answer carries the new one, shown this once. Deliveries from now on are signed with it only.' })
  rollWebhookEndpointSecret(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return rollWebhookEndpointSecret(ctx.access, id);
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Its deliveries, newest first.' })
  deliveries(
    @Root() endpoint: WebhookEndpointView,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return deliveriesOf(ctx.access, endpoint, { first, after });
  }
}
