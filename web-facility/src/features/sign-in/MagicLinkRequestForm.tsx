// Asks for a one-time sign-in link by email; facility users have no password.
import { useMutation } from '@apollo/client/react';
import { magicLinkRequestSchema } from '@coverline/domain';
import { EmailRequestForm, fromSafeParse } from '@coverline/ui';
import { graphql } from '../../gql';

const RequestMagicLinkMutation = graphql(`
  mutation RequestMagicLink($email: String!) {
    requestMagicLink(email: $email)
  }
`);

export function MagicLinkRequestForm({ onSent }: { onSent: (email: string) => void }) {
  const [requestMagicLink] = useMutation(RequestMagicLinkMutation);
  return (
    <EmailRequestForm
      validate={(values) => fromSafeParse(magicLinkRequestSchema.safeParse(values))}
      send={(email) => requestMagicLink({ variables: { email } })}
      label="Work email"
      autoComplete="email"
      submitLabel="Email me a sign-in link"
      errorTitle="We could not send the link"
      onSent={onSent}
    />
  );
}
