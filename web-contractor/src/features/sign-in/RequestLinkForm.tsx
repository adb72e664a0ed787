// A signed-out contractor asks for their personal link by email. The answer is the same whether or
// not the address is a contractor's, so the form cannot be used to find out who is one.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { contractorLinkRequestSchema, type ContractorLinkRequest } from '@coverline/domain';
import { ErrorAlert, applyGraphQLError, validationResolver } from '@coverline/ui';
import { graphql } from '../../gql';

const RequestContractorLinkMutation = graphql(`
  mutation RequestContractorLink($email: String!) {
    requestContractorLink(email: $email)
  }
`);

const FIELDS = ['email'] as const;

const LINK_SENT = "If that email belongs to a contractor on Coverline, we've sent their personal link to it. It can take a minute to arrive.";

const resolver = validationResolver<ContractorLinkRequest, ContractorLinkRequest>((values) => {
  const parsed = contractorLinkRequestSchema.safeParse(values);
  return parsed.success ? { ok: true, output: parsed.data } : { ok: false, issues: parsed.error.issues };
});

export function RequestLinkForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [requestLink] = useMutation(RequestContractorLinkMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ContractorLinkRequest, unknown, ContractorLinkRequest>({ resolver, defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    setSent(false);
    try {
      await requestLink({ variables: { email } });
      setSent(true);
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {formError ? <ErrorAlert title="We could not send your link" message={formError} /> : null}
        {sent ? (
          <Alert color="green" variant="light" role="status" title="Check your email">
            {LINK_SENT}
          </Alert>
        ) : null}
        <TextInput
          label="Your email"
          description="The address your agency has for you."
          type="email"
          autoComplete="email"
          required
          error={errors.email?.message}
          {...register('email')}
        />
        <Button type="submit" loading={isSubmitting} fullWidth>
          Email me my link
        </Button>
      </Stack>
    </form>
  );
}
