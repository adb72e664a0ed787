// The agency's settings: billing email, who pays by default, time zone and the days on which
// automatic opt-in reminders go out. Checked with agencySettingsSchema, the server's own rules.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, MultiSelect, Radio, Select, Stack, TextInput, Title } from '@mantine/core';
import { MAX_REMINDER_DAYS, REMINDER_DAY_RANGE, agencySettingsSchema } from '@coverline/domain';
import { ErrorAlert, applyGraphQLError, fromSafeParse, validationResolver } from '@coverline/ui';
import { graphql } from '../../gql';
import type { AgencySettingsForm_SettingsFragment, AgencySettingsInput, Payer } from '../../gql/graphql';

export const AgencySettingsForm_settings = graphql(`
  fragment AgencySettingsForm_settings on AgencySettings {
    billingEmail
    defaultPayer
    timeZone
    reminderDays
  }
`);

const UpdateAgencySettingsMutation = graphql(`
  mutation UpdateAgencySettings($input: AgencySettingsInput!) {
    updateAgencySettings(input: $input) {
      id
      settings {
        ...AgencySettingsForm_settings
      }
    }
  }
`);

interface SettingsFormValues {
  billingEmail: string;
  defaultPayer: Payer;
  timeZone: string;
  reminderDays: string[];
}

const FIELDS: (keyof SettingsFormValues)[] = ['billingEmail', 'defaultPayer', 'timeZone', 'reminderDays'];

const US_TIME_ZONES = [
  { value: 'America/New_York', label: 'Eastern (New York)' },
  { value: 'America/Chicago', label: 'Central (Chicago)' },
  { value: 'America/Denver', label: 'Mountain (Denver)' },
  { value: 'America/Phoenix', label: 'Mountain, no daylight saving (Phoenix)' },
  { value: 'America/Los_Angeles', label: 'Pacific (Los Angeles)' },
  { value: 'America/Anchorage', label: 'Alaska (Anchorage)' },
  { value: 'Pacific/Honolulu', label: 'Hawaii (Honolulu)' },
];

const REMINDER_DAY_OPTIONS = Array.from({ length: REMINDER_DAY_RANGE.max - REMINDER_DAY_RANGE.min + 1 }, (_, i) => {
  const day = REMINDER_DAY_RANGE.min + i;
  return { value: String(day), label: day === 1 ? '1 day' : `${day} days` };
});

const resolver = validationResolver<SettingsFormValues, AgencySettingsInput>((values) =>
  fromSafeParse(
    agencySettingsSchema.safeParse({
      billingEmail: values.billingEmail,
      defaultPayer: values.defaultPayer,
      timeZone: values.timeZone,
      reminderDays: values.reminderDays.map(Number),
    }),
  ),
);

function formValues(settings: AgencySettingsForm_SettingsFragment): SettingsFormValues {
  return {
    billingEmail: settings.billingEmail ?? '',
    defaultPayer: settings.defaultPayer,
    timeZone: settings.timeZone,
    reminderDays: settings.reminderDays.map(String),
  };
}

export function AgencySettingsForm({ settings }: { settings: AgencySettingsForm_SettingsFragment }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UpdateAgencySettingsMutation);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SettingsFormValues, unknown, AgencySettingsInput>({ resolver, values: formValues(settings) });
  const timeZones = US_TIME_ZONES.some((zone) => zone.value === settings.timeZone)
    ? US_TIME_ZONES
    : [...US_TIME_ZONES, { value: settings.timeZone, label: settings.timeZone }];

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    setSaved(false);
    try {
      await update({ variables: { input } });
      setSaved(true);
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xl">
        {formError ? <ErrorAlert title="The settings were not saved" message={formError} /> : null}
        <Stack gap="md">
          <Title order={2} size="h4">
            Billing
          </Title>
          <TextInput
            label="Billing email"
            description="Invoices go here, beside each PO's contact."
            type="email"
            autoComplete="email"
            required
            error={errors.billingEmail?.message}
            {...register('billingEmail')}
          />
          <Controller
            control={control}
            name="defaultPayer"
            render={({ field }) => (
              <Radio.Group
                label="Who pays the premium by default"
                description="Each new assignment can still say otherwise."
                value={field.value}
                onChange={(value) => field.onChange(value as Payer)}
                error={errors.defaultPayer?.message}
              >
                <Group gap="lg" mt="xs">
                  <Radio value="AGENCY" label="The agency" />
                  <Radio value="CONTRACTOR" label="The contractor" />
                </Group>
              </Radio.Group>
            )}
          />
        </Stack>
        <Stack gap="md">
          <Title order={2} size="h4">
            Time and reminders
          </Title>
          <Controller
            control={control}
            name="timeZone"
            render={({ field }) => (
              <Select
                label="Time zone"
                description="Sets “today” for new assignments and the month of each invoice."
                data={timeZones}
                value={field.value}
                onChange={(value) => field.onChange(value ?? field.value)}
                allowDeselect={false}
                error={errors.timeZone?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="reminderDays"
            render={({ field }) => (
              <MultiSelect
                label="Automatic reminders"
                description={`Days after the opt-in link was sent on which contractors who have not opted in are reminded (up to ${MAX_REMINDER_DAYS}). Leave empty for none.`}
                data={REMINDER_DAY_OPTIONS}
                value={field.value}
                onChange={(value) => field.onChange([...value].sort((a, b) => Number(a) - Number(b)))}
                maxValues={MAX_REMINDER_DAYS}
                searchable
                clearable
                hidePickedOptions
                error={errors.reminderDays?.message}
              />
            )}
          />
        </Stack>
        {saved ? (
          <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setSaved(false)}>
            Settings saved.
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
