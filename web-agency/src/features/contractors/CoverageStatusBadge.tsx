// A contractor's coverage status as the one word every agency page shows: green only when covered.
import { StatusBadge, contractorCoverageTone } from '@coverline/ui';
import type { ContractorCoverageStatus } from '../../gql/graphql';

export function CoverageStatusBadge({ status, label }: { status: ContractorCoverageStatus; label: string }) {
  return <StatusBadge tone={contractorCoverageTone(status)}>{label}</StatusBadge>;
}
