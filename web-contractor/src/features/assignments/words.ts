// Assignment facts in the contractor's words.
import { COVERAGE_TYPE_LABELS, usStateName } from '@coverline/domain';
import type { CoverageType } from '../../gql/graphql';

const ORDER: CoverageType[] = ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'];

/** "General Liability and Workers' Compensation". */
export function coverageTypesInWords(types: readonly CoverageType[]): string {
  return ORDER.filter((type) => types.includes(type))
    .map((type) => COVERAGE_TYPE_LABELS[type])
    .join(' and ');
}

/** "Illinois". */
export function stateName(code: string): string {
  return usStateName(code) ?? code;
}
