import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { coverlineHttpLinkOptions } from '@coverline/ui';

export const apolloClient = new ApolloClient({
  link: new HttpLink(coverlineHttpLinkOptions('agency')),
  cache: new InMemoryCache(),
});
