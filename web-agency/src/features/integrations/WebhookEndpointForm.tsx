// An endpoint's URL, its events and (once it exists) whether it is on: the form behind "Add endpoint"
// and "Edit endpoint". The server's refusals land on their fields (`extensions.field`).
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Button, Group, Stack, Switch, TextInput } from '@mantine/core';
import { ErrorAlert, applyGraphQLError } from '@coverline/ui';
import { WebhookEventsField } from './WebhookEventsField';

export interface WebhookEndpointFormValues {
  url: string;
  events: string[];
  enabled: boolean;
}

const FIELDS = ['url', 'events', 'enabled'] as const;

export interface WebhookEndpointFormProps {
  eventTypes: readonly string[];
  initialValues: WebhookEndpointFormValues;
  /** Shows the "Enabled" switch: an endpoint is created enabled. */
  withEnabled?: boolean;
  submitLabel: string;
  failureTitle: string;
  onSubmit: (values: WebhookEndpointFormValues) => Promise<unknown>;
  onCancel: () => void;
}

export function WebhookEndpointForm({ eventTypes, initialValues, withEnabled = false, submitLabel, failureTitle, onSubmit, onCancel }: WebhookEndpointFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<WebhookEndpointFormValues>({ defaultValues: initialValues });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit({ ...values, url: values.url.trim() });
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {formError ? <ErrorAlert title={failureTitle} message={formError} /> : null}
        <TextInput
          label="Endpoint URL"
          description="Coverline sends a POST with a JSON body to this address for every event you choose."
          placeholder="https://example.com/coverline/webhooks"
          type="url"
          autoComplete="off"
          data-autofocus
          error={errors.url?.message}
          {...register('url', { validate: (value) => value.trim().length > 0 || 'Enter the URL that receives the events' })}
        />
        <Controller
          control={control}
          name="events"
          rules={{ validate: (value) => value.length > 0 || 'Choose at least one event' }}
          render={({ field, fieldState }) => <WebhookEventsField eventTypes={eventTypes} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
        {withEnabled ? (
          <Controller
            control={control}
            name="enabled"
            render={({ field }) => (
              <Switch
                label="Enabled"
                description="A disabled endpoint receives nothing until it is enabled again."
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
              />
            )}
          />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
