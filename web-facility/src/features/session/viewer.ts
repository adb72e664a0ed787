// Who is signed in to the Compliance Hub: the viewer query, and how sign-in results reach its cache.
import type { ApolloCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useOutletContext } from 'react-router';
import { graphql } from '../../gql';
import type { ViewerFieldsFragment } from '../../gql/graphql';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    id
    role
    email
    name
    agency {
      id
      name
    }
    facilities {
      id
      name
    }
    contractor {
      id
      firstName
      lastName
      email
      optInStatus
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export type Viewer = ViewerFieldsFragment;

export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  return { viewer: data?.viewer ?? null, loading, error, refetch };
}

/** After a sign-in mutation: the viewer it returned becomes the answer of the viewer query. */
export function rememberViewer(cache: ApolloCache, viewer: Viewer) {
  cache.writeQuery({ query: ViewerQuery, data: { viewer } });
}

export interface SignedInContext {
  viewer: Viewer;
}

/** The signed-in facility user, inside the routes guarded by `SignedInRoute`. */
export function useSignedInViewer(): Viewer {
  return useOutletContext<SignedInContext>().viewer;
}
