// What every app knows of the person signed in: who they are, their role, and the agency,
// facilities or contractor profile they act for. The apps' codegen reads this fragment too, so
// their sign-in mutations answer with `...ViewerFields` and can fill the viewer query's cache entry.
// `__typename` is asked for at each level because the first pages ask by `fetch` (session.ts),
// which, unlike Apollo, does not add it, and Apollo's cache matches the fragment by it.
import { graphql } from '../gql';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    __typename
    id
    role
    email
    name
    agency {
      __typename
      id
      name
    }
    facilities {
      __typename
      id
      name
    }
    contractor {
      __typename
      id
      firstName
      lastName
      email
      optInStatus
    }
  }
`);
