import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { ActorType } from '../../access/viewer.js';
import { PageInfo } from '../../graphql/pagination.js';

export const ActorTypeEnum: { [K in ActorType]: K } = {
  AGENCY_MEMBER: 'AGENCY_MEMBER',
  FACILITY_USER: 'FACILITY_USER',
  OPERATOR: 'OPERATOR',
  CONTRACTOR: 'CONTRACTOR',
  API_KEY: 'API_KEY',
  SYSTEM: 'SYSTEM',
};
registerEnumType(ActorTypeEnum, { name: 'ActorType', description: 'Who made a change: a team member, an API key, a facility user, a contractor, the operator or the system.' });

@ObjectType({ description: 'Who made a change; name and email where the actor is a team member, the name where it is an API key.' })
export class AuditActor {
  @Field(() => ActorTypeEnum) type!: ActorType;
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType({ description: 'One entry of the audit log: who did what, when, to which record, from which IP.' })
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTime) at!: Date;
  @Field(() => String, { description: 'e.g. agency.configure, contractor.create.' }) action!: string;
  @Field(() => AuditActor) actor!: AuditActor;
  @Field(() => String, { description: 'e.g. agency, contractor.' }) recordType!: string;
  @Field(() => String, { nullable: true }) recordId!: string | null;
  @Field(() => String, { nullable: true, description: 'The address the change came from; null for background jobs.' }) ip!: string | null;
  @Field(() => GraphQLJSONObject, { description: 'What the action recorded about the change (e.g. the settings changed).' }) data!: Record<string, unknown>;
}

@ObjectType()
export class AuditEntryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEntry) node!: AuditEntry;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge]) edges!: AuditEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType({ description: "Narrows the audit log; from and to are dates (YYYY-MM-DD, inclusive) in the agency's time zone." })
export class AuditLogFilter {
  @Field(() => ActorTypeEnum, { nullable: true }) actorType?: ActorType | null;
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true }) recordType?: string | null;
  @Field(() => String, { nullable: true }) recordId?: string | null;
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
}
