// The one mutation behind every way of entering PO numbers (the missing-PO list, an assignment's
// card): it refetches the missing PO numbers box and list, so their count drops as soon as it saves.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const SetPoNumberMutation = graphql(`
  mutation SetPoNumber($assignmentIds: [ID!]!, $poNumber: String!, $poContactEmail: String) {
    setPoNumber(assignmentIds: $assignmentIds, poNumber: $poNumber, poContactEmail: $poContactEmail) {
      id
      poNumber
    }
  }
`);

export const PO_NUMBER_HINT = 'One PO number per campaign is the recommended practice.';

export function useSetPoNumber() {
  return useMutation(SetPoNumberMutation, { refetchQueries: ['MissingPoNumbersBox', 'MissingPoNumbersRoute'], awaitRefetchQueries: true });
}
