// Invites a colleague to the agency by email; they set their own password from the link.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { EmailInviteForm } from '../../components/EmailInviteForm';

const InviteTeamMemberMutation = graphql(`
  mutation InviteTeamMember($email: String!) {
    inviteTeamMember(email: $email)
  }
`);

export function InviteTeamMemberForm() {
  // The new invitation appears in the team list below the form.
  const [inviteTeamMember] = useMutation(InviteTeamMemberMutation, { refetchQueries: ['TeamRoute'], awaitRefetchQueries: true });
  return (
    <EmailInviteForm
      label="Colleague's work email"
      submitLabel="Send invite"
      failureTitle="The invitation was not sent"
      sentMessage={(email) => `Invitation sent to ${email}`}
      invite={(email) => inviteTeamMember({ variables: { email } })}
    />
  );
}
