import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Can } from '../../graphql/authorization.js';
import type { Context } from '../../graphql/context.js';
import { agencyViewer } from '../../graphql/scope.js';
import { revokeContractorLinks } from './contractors.service.js';

@Resolver()
export class ContractorsResolver {
  @Can('contractor:manage-links')
  @Mutation(() => Int, { description: "Revokes every sign-in link of a contractor (e.g. one forwarded by mistake); returns how many." })
  revokeContractorLinks(@Ctx() ctx: Context, @Arg('contractorId', () => ID) contractorId: string) {
    return revokeContractorLinks(ctx, agencyViewer(ctx), contractorId);
  }
}
