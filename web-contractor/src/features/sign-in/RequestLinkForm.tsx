// A signed-out contractor asks for their personal link by email. The answer is the same whether or
// not the address is a contractor's, so the form cannot be used to find out who is one.
import { useMutation } from '@apollo/client/react';
import { contractorLinkRequestSchema } from '@coverline/domain';
import { EmailRequestForm, fromSafeParse } from '@coverline/ui';
import { graphql } from '../../gql';

const RequestContractorLinkMutation = graphql(`
  mutation RequestContractorLink($email: String!) {
    requestContractorLink(email: $email)
  }
`);

const LINK_SENT = "If that email belongs to a contractor on Coverline, we've sent their personal link to it. It can take a minute to arrive.";

export function RequestLinkForm() {
  const [requestLink] = useMutation(RequestContractorLinkMutation);
  return (
    <EmailRequestForm
      validate={(values) => fromSafeParse(contractorLinkRequestSchema.safeParse(values))}
      send={(email) => requestLink({ variables: { email } })}
      label="Your email"
      description="The address your agency has for you."
      autoComplete="email"
      submitLabel="Email me my link"
      errorTitle="We could not send your link"
      sentMessage={LINK_SENT}
    />
  );
}
