import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { coverlineHttpLinkOptions } from '@coverline/ui';

export const apolloClient = new ApolloClient({
  link: new HttpLink(coverlineHttpLinkOptions('agency')),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // "Load more" appends pages of the same filter; another filter is another list.
          contractors: relayStylePagination(['filter']),
        },
      },
    },
  }),
});
