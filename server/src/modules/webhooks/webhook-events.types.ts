import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/pagination.js';

@ObjectType({ description: 'Something that happened in the agency that an integration may care about; its webhook deliveries carry the same id, type, createdAt and data.' })
export class Event {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'One of the webhook event types, e.g. application.started, certificate.issued.' }) type!: string;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLJSONObject, { description: 'The object the event is about, as the API returns it when the event happened, with the ids of related objects.' })
  data!: Record<string, unknown>;
}

@ObjectType()
export class EventEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Event) node!: Event;
}

@ObjectType()
export class EventConnection {
  @Field(() => [EventEdge]) edges!: EventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
