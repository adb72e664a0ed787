// Facts in words: short coverage types, job categories, who acted on a status change, an address.
import { usStateName } from '@coverline/domain';
import type { CoverageType } from '../../gql/graphql';

const COVERAGE_SHORT: Record<CoverageType, string> = {
  GENERAL_LIABILITY: 'GL',
  WORKERS_COMPENSATION: 'WC',
};

const COVERAGE_ORDER: CoverageType[] = ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'];

function ordered(types: readonly CoverageType[]): CoverageType[] {
  return COVERAGE_ORDER.filter((type) => types.includes(type));
}

/** "GL + WC". */
export function coverageTypesShort(types: readonly CoverageType[]): string {
  return ordered(types)
    .map((type) => COVERAGE_SHORT[type])
    .join(' + ');
}

/** "Hospital Professional (RN / Allied Health) · GL + WC · IL": one approved combination. */
export function jobCategoryLabel(category: {
  jobCode: { title: string };
  coverageTypes: readonly CoverageType[];
  workState: string;
}): string {
  return `${category.jobCode.title} · ${coverageTypesShort(category.coverageTypes)} · ${category.workState}`;
}

/** "Illinois (IL)". */
export function stateInWords(code: string | null | undefined): string {
  if (!code) return 'Not set';
  const name = usStateName(code);
  return name ? `${name} (${code})` : code;
}

const ACTORS: Record<string, string> = {
  AGENCY_MEMBER: 'Agency team',
  CONTRACTOR: 'Contractor',
  OPERATOR: 'Coverline operator',
  API_KEY: 'API integration',
  SYSTEM: 'Coverline (automatic)',
};

export function actorInWords(actorType: string): string {
  return ACTORS[actorType] ?? actorType;
}

/** "1 Main St, Columbus, OH 43215" from whichever parts are known; null when none is. */
export function addressInWords(place: { addressLine1?: string | null; city?: string | null; state?: string | null; postalCode?: string | null }): string | null {
  const cityLine = [place.city, [place.state, place.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const parts = [place.addressLine1, cityLine].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}
