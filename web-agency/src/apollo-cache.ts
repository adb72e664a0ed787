// How the agency app's lists merge in Apollo's cache, loaded with Apollo Client (not on the sign-in page).
import type { InMemoryCacheConfig } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export const cacheConfig: InMemoryCacheConfig = {
  typePolicies: {
    Query: {
      fields: {
        // "Load more" appends pages of the same filter and order; another filter or order is another list.
        contractors: relayStylePagination(['filter', 'orderBy']),
        auditLog: relayStylePagination(['filter']),
        teamMemberConnection: relayStylePagination(),
      },
    },
    Viewer: {
      fields: {
        facilityConnection: relayStylePagination(['search']),
      },
    },
    WebhookEndpoint: { fields: { deliveries: relayStylePagination() } },
  },
};
