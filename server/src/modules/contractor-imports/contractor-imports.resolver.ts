import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { importContractors } from './contractor-imports.service.js';
import { ContractorImportResult } from './contractor-imports.types.js';

@Resolver()
export class ContractorImportsResolver {
  @Can('contractor:import')
  @Mutation(() => ContractorImportResult, {
    description:
      'Adds or updates contractors (and their assignments) from a CSV file of at most 20 MB with a header row (first_name, last_name, email, … as in the template). Every bad row is reported by line and column, and then nothing is written; dryRun only checks.',
  })
  importContractors(@Ctx() ctx: Context, @Arg('csv', () => String) csv: string, @Arg('dryRun', () => Boolean, { nullable: true }) dryRun?: boolean | null) {
    return importContractors(ctx.access, { csv, dryRun: dryRun ?? false });
  }
}
