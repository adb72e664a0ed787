import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { listAuditLog } from './audit-log.service.js';
import { AuditEntry, AuditEntryConnection, AuditLogFilter } from './audit-log.types.js';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  @Can('audit-log:read')
  @Query(() => AuditEntryConnection, { description: "The agency's audit log, newest first: who did what, when, to which record, from which IP." })
  auditLog(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null,
  ) {
    return listAuditLog(ctx.access, { first, after, filter });
  }
}
