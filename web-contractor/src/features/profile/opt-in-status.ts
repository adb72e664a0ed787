import type { OptInStatus } from '../../gql/graphql';

const OPT_IN_STATUS_SENTENCES: Record<OptInStatus, string> = {
  NOT_STARTED: 'You have not opted in to coverage yet.',
  PENDING: 'Your opt-in has started but is not finished yet.',
  OPTED_IN: 'You have opted in to coverage.',
};

/** The contractor's opt-in status, said in words. */
export function optInStatusSentence(status: OptInStatus): string {
  return OPT_IN_STATUS_SENTENCES[status];
}
