// One email address in, an invitation out: the form behind "invite a colleague" and "give a
// facility manager access". The caller sends the invitation; the form checks the address with the
// domain's rule, shows the server's refusals on the field, and says to whom it went.
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { emailSchema } from '@coverline/domain';
import { ErrorAlert, applyGraphQLError } from '@coverline/ui';

const inviteSchema = z.object({ email: emailSchema });
type InviteInput = z.infer<typeof inviteSchema>;

const FIELDS = ['email'] as const;

export interface EmailInviteFormProps {
  label: string;
  description?: string;
  placeholder?: string;
  submitLabel: string;
  /** The title of the alert when the server refuses. */
  failureTitle: string;
  /** What the success alert says once the invitation went to `email`. */
  sentMessage: (email: string) => ReactNode;
  invite: (email: string) => Promise<unknown>;
  /** Field and button side by side, for a compact card; stacked otherwise. */
  inline?: boolean;
}

export function EmailInviteForm({ label, description, placeholder, submitLabel, failureTitle, sentMessage, invite, inline = false }: EmailInviteFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const [invitedEmail, setInvitedEmail] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<InviteInput>({ resolver: zodResolver(inviteSchema), defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    setInvitedEmail(null);
    try {
      await invite(email);
      setInvitedEmail(email);
      reset();
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  const field = (
    <TextInput
      label={label}
      description={description}
      placeholder={placeholder}
      type="email"
      autoComplete="off"
      required={!inline}
      error={errors.email?.message}
      style={inline ? { flex: '1 1 260px' } : undefined}
      {...register('email')}
    />
  );
  const button = (
    <Button type="submit" variant={inline ? 'light' : 'filled'} loading={isSubmitting}>
      {submitLabel}
    </Button>
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap={inline ? 'xs' : 'md'} maw={inline ? undefined : 520}>
        {invitedEmail ? (
          <Alert color="green" variant="light" role="status">
            {sentMessage(invitedEmail)}
          </Alert>
        ) : null}
        {formError ? <ErrorAlert title={failureTitle} message={formError} /> : null}
        {inline ? (
          <Group align="flex-end" gap="sm">
            {field}
            {button}
          </Group>
        ) : (
          <>
            {field}
            <Group>{button}</Group>
          </>
        )}
      </Stack>
    </form>
  );
}
