// Apollo Client, for every page but those an app opens without it (its sign-in page): a layout route
// whose module is loaded with the first page below it, together with that page's module.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type InMemoryCacheConfig } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { coverlineHttpLinkOptions, type CoverlineApp } from '../apollo';
import { graphQLErrorsOf } from '../errors';
import { onSessionViewer, sessionViewerAsked, setSessionViewer } from './session';
import { ViewerQuery } from './viewer-query';

function createCoverlineApolloClient(app: CoverlineApp, cacheConfig?: InMemoryCacheConfig) {
  const cache = new InMemoryCache(cacheConfig);
  // A session can end while a page is open (signed out elsewhere, removed from the team, a password
  // reset): the first request refused as UNAUTHENTICATED forgets the viewer, so the signed-in frame
  // sends the person to the sign-in page instead of showing an error.
  const signedOutOnUnauthenticated = new ErrorLink(({ error }) => {
    if (graphQLErrorsOf(error).some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')) setSessionViewer(null);
  });
  // The viewer asked at start, and any sign-in or sign-out since, is the viewer query's answer: the
  // signed-in frame opens without asking again.
  onSessionViewer((viewer) => cache.writeQuery({ query: ViewerQuery, data: { viewer } }));
  return new ApolloClient({ link: ApolloLink.from([signedOutOnUnauthenticated, new HttpLink(coverlineHttpLinkOptions(app))]), cache });
}

/** The Apollo layout route's module, given its client once: the client outlives each visit to a page without Apollo. */
export async function loadApolloLayout(app: CoverlineApp, cacheConfig?: InMemoryCacheConfig) {
  const client = createCoverlineApolloClient(app, cacheConfig);
  const viewer = await sessionViewerAsked();
  if (viewer !== undefined) client.writeQuery({ query: ViewerQuery, data: { viewer } });
  return function ApolloLayout() {
    return (
      <ApolloProvider client={client}>
        <Outlet />
      </ApolloProvider>
    );
  };
}
