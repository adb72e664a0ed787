// The viewer query and its types, apart from Apollo's hooks (viewer.ts): the first pages ask it by
// `fetch` (session.ts) before Apollo Client has loaded.
import { graphql } from '../gql';
import type { Role, ViewerFieldsFragment } from '../gql/graphql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export type Viewer = ViewerFieldsFragment;
export type ViewerRole = Role;
