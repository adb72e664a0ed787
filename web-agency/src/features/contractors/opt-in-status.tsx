// A contractor's opt-in status in words, as a badge.
import { StatusBadge, optInStatusTone } from '@coverline/ui';
import type { OptInStatus } from '../../gql/graphql';

export const OPT_IN_STATUS_LABELS: Record<OptInStatus, string> = {
  NOT_STARTED: 'Not started',
  PENDING: 'Opt-in pending',
  OPTED_IN: 'Opted in',
};

export function OptInStatusBadge({ status }: { status: OptInStatus }) {
  return <StatusBadge tone={optInStatusTone(status)}>{OPT_IN_STATUS_LABELS[status]}</StatusBadge>;
}
