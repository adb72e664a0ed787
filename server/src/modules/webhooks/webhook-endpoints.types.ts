import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/pagination.js';
import { Event } from './webhook-events.types.js';

export const WebhookDeliveryStatusEnum = { PENDING: 'PENDING', DELIVERED: 'DELIVERED', FAILED: 'FAILED' } as const;
export type WebhookDeliveryStatus = keyof typeof WebhookDeliveryStatusEnum;
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING until an attempt gets a 2xx answer (DELIVERED), or until retries for 3 days run out (FAILED).',
});

@ObjectType({ description: 'A URL the agency wants its events POSTed to, signed with the endpoint\'s secret (the Coverline-Signature header).' })
export class WebhookEndpoint {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => [String], { description: 'The event types it receives (see webhookEventTypes).' }) events!: string[];
  @Field(() => Boolean, { description: 'Whether events are sent to it; an endpoint failing for 3 days is disabled.' }) enabled!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The signing secret (whsec_…), only in the answers of createWebhookEndpoint and rollWebhookEndpointSecret: store it then. Null otherwise.',
  })
  secret!: string | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Since when its deliveries have been failing without a break; null while it answers.' })
  failingSince!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) disabledAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was disabled (by the agency, or after 3 days of failures).' }) disabledReason!: string | null;
}

@ObjectType({ description: 'One POST of a delivery: what the endpoint answered, and how fast.' })
export class WebhookDeliveryAttempt {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTime) at!: Date;
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the answer; null when none came (refused, timed out).' }) statusCode!: number | null;
  @Field(() => Int) latencyMs!: number;
  @Field(() => String, { nullable: true, description: 'The first 500 characters of the answer.' }) responseSnippet!: string | null;
  @Field(() => String, { nullable: true, description: 'Why no answer came (e.g. connection refused, no answer within 10 seconds).' }) error!: string | null;
}

@ObjectType({ description: 'One event for one endpoint, delivered at least once, in event order per endpoint.' })
export class WebhookDelivery {
  @Field(() => ID) id!: string;
  @Field(() => Event) event!: Event;
  @Field(() => WebhookDeliveryStatusEnum) status!: WebhookDeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true }) lastStatusCode!: number | null;
  @Field(() => GraphQLDateTime, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it is tried next, while PENDING; null otherwise.' }) nextAttemptAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
}

@ObjectType()
export class WebhookDeliveryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => WebhookDelivery) node!: WebhookDelivery;
}

@ObjectType()
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge]) edges!: WebhookDeliveryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType({ description: 'Any subset; a field left out (or null) keeps its value. Enabling a disabled endpoint clears its failures and sends what waits.' })
export class WebhookEndpointUpdate {
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => [String], { nullable: true }) events?: string[] | null;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
}
