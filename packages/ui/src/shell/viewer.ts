// Who is signed in to this app: the viewer query, how a sign-in's answer reaches its cache, and the
// viewer handed to the pages inside the signed-in frame.
import type { ApolloCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useOutletContext } from 'react-router';
import { setSessionViewer } from './session';
import { ViewerQuery, type Viewer } from './viewer-query';

export { ViewerQuery, type Viewer, type ViewerRole } from './viewer-query';

export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  return { viewer: data?.viewer ?? null, loading, error, refetch };
}

/**
 * After a sign-in mutation: the viewer it returned (selected with `...ViewerFields`) becomes the
 * answer of the viewer query, so the signed-in frame opens without asking again.
 */
export function rememberViewer(cache: ApolloCache, viewer: Viewer) {
  cache.writeQuery({ query: ViewerQuery, data: { viewer } });
  setSessionViewer(viewer);
}

export interface SignedInContext {
  viewer: Viewer;
}

/** The signed-in viewer, in the pages below a `SignedInRoute`. */
export function useSignedInViewer(): Viewer {
  return useOutletContext<SignedInContext>().viewer;
}
