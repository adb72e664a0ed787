// One email field that asks the server to send something (a sign-in link, a password reset, a
// contractor's link). Each of those answers the same whether or not the address is known, so the form
// says the same too: it cannot be used to find out who has an account.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { applyGraphQLError } from './errors';
import { ErrorAlert } from './ErrorAlert';
import { useUiLabels } from './labels';
import { validationResolver, type Validation } from './form-resolver';

type EmailRequest = { email: string };

const FIELDS = ['email'] as const;

export type EmailRequestFormProps = {
  /** The domain schema's check of the address (its safeParse through `fromSafeParse`). */
  validate: (values: EmailRequest) => Validation<EmailRequest>;
  /** Sends the request; a GraphQL error on `email` is shown on the field, any other above the form. */
  send: (email: string) => Promise<unknown>;
  label: string;
  description?: string;
  autoComplete: 'email' | 'username';
  submitLabel: string;
  errorTitle: string;
  /** Shown as a status once sent; leave it out when `onSent` moves on instead. */
  sentMessage?: string;
  onSent?: (email: string) => void;
};

export function EmailRequestForm({ validate, send, label, description, autoComplete, submitLabel, errorTitle, sentMessage, onSent }: EmailRequestFormProps) {
  const labels = useUiLabels();
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EmailRequest, unknown, EmailRequest>({ resolver: validationResolver(validate), defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    setSent(false);
    try {
      await send(email);
      setSent(true);
      onSent?.(email);
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {formError ? <ErrorAlert title={errorTitle} message={formError} /> : null}
        {sent && sentMessage ? (
          <Alert color="green" variant="light" role="status" title={labels.checkYourEmail}>
            {sentMessage}
          </Alert>
        ) : null}
        <TextInput label={label} description={description} type="email" autoComplete={autoComplete} required error={errors.email?.message} {...register('email')} />
        <Button type="submit" loading={isSubmitting} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
