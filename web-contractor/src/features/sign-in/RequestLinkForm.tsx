// A signed-out contractor asks for their personal link by email. The answer is the same whether or
// not the address is a contractor's, so the form cannot be used to find out who is one.
import { contractorLinkRequestSchema } from '@coverline/domain';
import { useTranslation } from 'react-i18next';
import { EmailRequestForm, fromSafeParse, type Validation } from '@coverline/ui';
import { requestGraphQL } from '@coverline/ui/shell';
import { contractorFieldMessage } from '../../i18n/contractor-errors';
import { graphql } from '../../gql';

const RequestContractorLinkMutation = graphql(`
  mutation RequestContractorLink($email: String!) {
    requestContractorLink(email: $email)
  }
`);

/** The domain's check of the address, its English words said in the contractor's language. */
function validateEmail(values: { email: string }): Validation<{ email: string }> {
  const checked = fromSafeParse(contractorLinkRequestSchema.safeParse(values));
  if (checked.ok) return checked;
  return { ok: false, issues: checked.issues.map((issue) => ({ ...issue, message: contractorFieldMessage('email', issue.message) })) };
}

export function RequestLinkForm() {
  const { t } = useTranslation();
  return (
    <EmailRequestForm
      validate={validateEmail}
      send={(email) => requestGraphQL(RequestContractorLinkMutation, { email })}
      label={t('signIn.emailLabel')}
      description={t('signIn.emailDescription')}
      autoComplete="email"
      submitLabel={t('signIn.emailMe')}
      errorTitle={t('signIn.notSent')}
      sentMessage={t('signIn.sent')}
    />
  );
}
