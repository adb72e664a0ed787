// Agency API keys for integrations: random secrets stored as SHA-256, shown once, revocable.
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiKeys } from '../../db/schema.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import type { AgencyMemberViewer } from '../../graphql/viewer.js';
import { recordAudit } from '../audit/audit.js';
import { generateToken, hashToken } from '../auth/tokens.js';

export function listApiKeys(ctx: Context, viewer: AgencyMemberViewer) {
  return ctx.deps.db.select().from(apiKeys).where(eq(apiKeys.agencyId, viewer.agencyId)).orderBy(desc(apiKeys.createdAt));
}

export async function createApiKey(ctx: Context, viewer: AgencyMemberViewer, input: { name: string }) {
  const { name } = parseInput(z.object({ name: z.string().trim().min(1, { message: 'Name the key after what uses it' }).max(100) }), input);
  const key = `cl_${generateToken().token}`;
  const hash = hashToken(key);
  return ctx.deps.db.transaction(async (tx) => {
    const [apiKey] = await tx
      .insert(apiKeys)
      .values({ agencyId: viewer.agencyId, name, prefix: key.slice(0, 10), keyHash: hash, createdByType: 'AGENCY_MEMBER', createdById: viewer.teamMemberId })
      .returning();
    if (!apiKey) throw new Error('api key insert returned nothing');
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'api_key.create', agencyId: viewer.agencyId, targetType: 'api_key', targetId: apiKey.id, data: { name } });
    return { key, apiKey };
  });
}

export async function revokeApiKey(ctx: Context, viewer: AgencyMemberViewer, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound('API key');
  return ctx.deps.db.transaction(async (tx) => {
    const [apiKey] = await tx
      .update(apiKeys)
      .set({ revokedAt: ctx.deps.now() })
      .where(and(eq(apiKeys.agencyId, viewer.agencyId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning();
    if (!apiKey) throw notFound('API key');
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'api_key.revoke', agencyId: viewer.agencyId, targetType: 'api_key', targetId: apiKey.id });
    return apiKey;
  });
}
