// What every app knows of the person signed in: who they are, their role, and the agency,
// facilities or contractor profile they act for. The apps' codegen reads this fragment too, so
// their sign-in mutations answer with `...ViewerFields` and can fill the viewer query's cache entry.
import { graphql } from '../gql';

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
