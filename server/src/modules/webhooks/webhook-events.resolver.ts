import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { listEvents } from './webhook-events.service.js';
import { Event, EventConnection } from './webhook-events.types.js';

@Resolver(() => Event)
export class WebhookEventsResolver {
  @Can('webhook-event:read')
  @Query(() => EventConnection, { description: "The agency's events, newest first; `type` narrows them to one event type." })
  events(
    @Ctx() ctx: Context,
    @Arg('type', () => String, { nullable: true }) type?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listEvents(ctx.access, { type, first, after });
  }
}
