// How the Hub's lists merge in Apollo's cache, loaded with Apollo Client (not on the sign-in page).
import type { InMemoryCacheConfig } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export const cacheConfig: InMemoryCacheConfig = {
  typePolicies: {
    Query: {
      fields: {
        // "Load more" appends the next page of one facility's list.
        facilityTeam: relayStylePagination(['facilityId']),
        facilityReconciliations: relayStylePagination(['facilityId']),
      },
    },
  },
};
