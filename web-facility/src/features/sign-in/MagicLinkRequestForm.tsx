// Asks for a one-time sign-in link by email; facility users have no password. On the sign-in page,
// which opens without Apollo Client (requestGraphQL).
import { magicLinkRequestSchema } from '@coverline/domain';
import { EmailRequestForm, fromSafeParse } from '@coverline/ui';
import { graphql } from '../../gql';
import { requestGraphQL } from '@coverline/ui/shell';

const RequestMagicLinkMutation = graphql(`
  mutation RequestMagicLink($email: String!) {
    requestMagicLink(email: $email)
  }
`);

export function MagicLinkRequestForm({ onSent }: { onSent: (email: string) => void }) {
  return (
    <EmailRequestForm
      validate={(values) => fromSafeParse(magicLinkRequestSchema.safeParse(values))}
      send={(email) => requestGraphQL(RequestMagicLinkMutation, { email })}
      label="Work email"
      autoComplete="email"
      submitLabel="Email me a sign-in link"
      errorTitle="We could not send the link"
      onSent={onSent}
    />
  );
}
