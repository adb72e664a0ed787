import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service.js';
import { ApiKey, CreatedApiKey } from './api-keys.types.js';

@Resolver()
export class ApiKeysResolver {
  @Can('api-key:manage')
  @Query(() => [ApiKey], { description: "The agency's API keys, newest first (secrets are never returned)." })
  apiKeys(@Ctx() ctx: Context) {
    return listApiKeys(ctx.access);
  }

  @Can('api-key:manage')
  @Mutation(() => CreatedApiKey, { description: 'Creates an agency API key; the secret is in the result and never shown again.' })
  createApiKey(@Ctx() ctx: Context, @Arg('name', () => String) name: string) {
    return createApiKey(ctx.access, { name });
  }

  @Can('api-key:manage')
  @Mutation(() => ApiKey, { description: 'Revokes an agency API key at once.' })
  revokeApiKey(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return revokeApiKey(ctx.access, id);
  }
}
