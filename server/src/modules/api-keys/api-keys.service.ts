// Agency API keys for integrations: random secrets stored as SHA-256, shown once, revocable.
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { isUuid } from '../../access/store.js';
import { notFound } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { recordAudit } from '../audit/audit.js';
import { generateToken, hashToken } from '../auth/tokens.js';

export function listApiKeys(access: Access) {
  return authorize(access, 'api-key:manage').stores.apiKeys.list();
}

export async function createApiKey(access: Access, input: { name: string }) {
  const scope = authorize(access, 'api-key:manage');
  const { name } = parseInput(z.object({ name: z.string().trim().min(1, { message: 'Name the key after what uses it' }).max(100) }), input);
  const createdById = scope.actor.actorId;
  if (!createdById) throw new Error('api-key:manage is a team member\'s action');
  const key = `cl_${generateToken().token}`;
  return scope.transaction(async (tx) => {
    const apiKey = await tx.stores.apiKeys.create({ agencyId: scope.agencyId, name, prefix: key.slice(0, 10), keyHash: hashToken(key), createdById });
    await recordAudit(tx, { action: 'api_key.create', agencyId: scope.agencyId, targetType: 'api_key', targetId: apiKey.id, data: { name } });
    return { key, apiKey };
  });
}

export async function revokeApiKey(access: Access, id: string) {
  const scope = authorize(access, 'api-key:manage');
  if (!isUuid(id)) throw notFound('API key');
  return scope.transaction(async (tx) => {
    const apiKey = await tx.stores.apiKeys.revoke(id, access.deps.now());
    if (!apiKey) throw notFound('API key');
    await recordAudit(tx, { action: 'api_key.revoke', agencyId: scope.agencyId, targetType: 'api_key', targetId: apiKey.id });
    return apiKey;
  });
}
