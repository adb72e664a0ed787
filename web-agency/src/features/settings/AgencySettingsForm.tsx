// The agency's settings in four sections: billing and PO numbers, assignment defaults (payer, time
// zone), opt-in reminders, and the coverage every assignment must carry. Checked with
// agencySettingsSchema (settings-form.ts), the server's own rules; the server's field errors land on
// their inputs.
import { useId, useState } from 'react';
import { Controller, useForm, useWatch, type UseFormRegister } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, MultiSelect, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { MAX_REMINDER_DAYS, REMINDER_DAY_RANGE } from '@coverline/domain';
import { ErrorAlert, Section, applyGraphQLError, validationResolver } from '@coverline/ui';
import { graphql } from '../../gql';
import type { AgencySettingsForm_SettingsFragment, AgencySettingsInput, Payer } from '../../gql/graphql';
import { SERVER_FIELDS, settingsFieldFor, settingsFormValues, toAgencySettingsInput, type SettingsFormField, type SettingsFormValues } from './settings-form';

export const AgencySettingsForm_settings = graphql(`
  fragment AgencySettingsForm_settings on AgencySettings {
    billingEmail
    defaultPoContactEmail
    defaultPayer
    timeZone
    reminderDays
    generalLiability {
      required
      eachOccurrenceCents
      aggregateCents
    }
    workersCompensation {
      required
      employersLiabilityEachAccidentCents
      employersLiabilityDiseaseEachEmployeeCents
      employersLiabilityDiseasePolicyLimitCents
    }
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

const resolver = validationResolver<SettingsFormValues, AgencySettingsInput>(toAgencySettingsInput, settingsFieldFor);

/** A limit in whole dollars; empty means no minimum beyond having the coverage. */
function LimitInput({ label, name, error, register }: { label: string; name: Extract<SettingsFormField, `${string}.${string}`>; error: string | undefined; register: UseFormRegister<SettingsFormValues> }) {
  return (
    <TextInput
      label={label}
      description="Whole dollars; leave empty for no minimum."
      leftSection={<Text span c="gray.7" aria-hidden="true">$</Text>}
      inputMode="numeric"
      autoComplete="off"
      error={error}
      {...register(name)}
    />
  );
}

export function AgencySettingsForm({ agencyName, settings }: { agencyName: string; settings: AgencySettingsForm_SettingsFragment }) {
  const headingId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UpdateAgencySettingsMutation);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SettingsFormValues, unknown, AgencySettingsInput>({ resolver, values: settingsFormValues(settings) });
  const glRequired = useWatch({ control, name: 'generalLiability.required' });
  const wcRequired = useWatch({ control, name: 'workersCompensation.required' });
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
      setFormError(
        applyGraphQLError(error, SERVER_FIELDS, (field, message) => {
          const formField = settingsFieldFor(field);
          if (formField) setError(formField, { message });
        }),
      );
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        {formError ? <ErrorAlert title="The settings were not saved" message={formError} /> : null}

        <Section title="Billing and PO numbers" headingId={`${headingId}-billing`}>
          <TextInput
            label="Billing email"
            description="Every invoice goes here, beside its PO's contact; the invoice of assignments without a PO number goes here only."
            type="email"
            autoComplete="email"
            error={errors.billingEmail?.message}
            {...register('billingEmail')}
          />
          <TextInput
            label="Default PO contact (optional)"
            description="A new PO number entered without a contact gets this one: its invoices go there. Leave empty for none."
            type="email"
            autoComplete="off"
            error={errors.defaultPoContactEmail?.message}
            {...register('defaultPoContactEmail')}
          />
        </Section>

        <Section title="Assignment defaults" headingId={`${headingId}-defaults`}>
          <Controller
            control={control}
            name="defaultPayer"
            render={({ field }) => (
              <Radio.Group
                label="Who pays the premium by default"
                description="Preselected on each new assignment, which can still say otherwise."
                value={field.value}
                onChange={(value) => field.onChange(value as Payer)}
                error={errors.defaultPayer?.message}
              >
                <Group gap="lg" mt="xs">
                  <Radio value="AGENCY" label={`${agencyName} pays`} />
                  <Radio value="CONTRACTOR" label="The contractor pays" />
                </Group>
              </Radio.Group>
            )}
          />
          <Controller
            control={control}
            name="timeZone"
            render={({ field }) => (
              <Select
                label="Time zone"
                description="Sets “today” for new assignments (the earliest effective date) and the month of each invoice."
                data={timeZones}
                value={field.value}
                onChange={(value) => field.onChange(value ?? field.value)}
                allowDeselect={false}
                error={errors.timeZone?.message}
              />
            )}
          />
        </Section>

        <Section title="Opt-in reminders" headingId={`${headingId}-reminders`}>
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
        </Section>

        <Section
          title="Coverage requirements"
          description="What every assignment must carry. The assignment form and bulk imports refuse a choice that misses one, and say which."
          headingId={`${headingId}-coverage`}
        >
          <Checkbox
            label="Require General Liability"
            description="Limits below are minimums Coverline's policy must provide."
            {...register('generalLiability.required')}
          />
          {glRequired ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <LimitInput label="Each occurrence" name="generalLiability.eachOccurrence" error={errors.generalLiability?.eachOccurrence?.message} register={register} />
              <LimitInput label="General aggregate" name="generalLiability.aggregate" error={errors.generalLiability?.aggregate?.message} register={register} />
            </SimpleGrid>
          ) : null}
          <Checkbox
            label="Require Workers' Compensation"
            description="Workers' Compensation is statutory: the state's benefits, with no limit to choose. The limits below are employer's liability minimums."
            {...register('workersCompensation.required')}
          />
          {wcRequired ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <LimitInput label="Each accident" name="workersCompensation.eachAccident" error={errors.workersCompensation?.eachAccident?.message} register={register} />
              <LimitInput
                label="Disease, each employee"
                name="workersCompensation.diseaseEachEmployee"
                error={errors.workersCompensation?.diseaseEachEmployee?.message}
                register={register}
              />
              <LimitInput label="Disease, policy limit" name="workersCompensation.diseasePolicyLimit" error={errors.workersCompensation?.diseasePolicyLimit?.message} register={register} />
            </SimpleGrid>
          ) : null}
        </Section>

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
