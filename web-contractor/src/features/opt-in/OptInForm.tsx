// The contractor's opt-in: the assignments it covers, who pays, their (correctable) details, a card
// when they pay, the terms, and a typed-name signature. Mobile first; every step works by keyboard.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  Alert,
  Box,
  Button,
  Card,
  Checkbox,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { cardLabel, formatCents } from '@coverline/domain';
import { ErrorAlert, UsStateSelect, applyGraphQLError, useFocusFirstError } from '@coverline/ui';
import { graphql } from '../../gql';
import type { OptInForm_FormFragment, OptInInput, SubmitOptInMutation as SubmitOptInResult } from '../../gql/graphql';
import { validationResolver } from '@coverline/ui';
import { CardFields } from '../payments/CardFields';
import { refreshSessionViewer, requestGraphQL } from '@coverline/ui/shell';
import { OptInAssignments } from './OptInAssignments';
import { apiLanguage } from '../../i18n/api-language';
import { contractorFieldMessage } from '../../i18n/contractor-errors';
import { currentLanguage } from '../../i18n/i18n';
import {
  OPT_IN_SERVER_FIELDS,
  initialOptInValues,
  optInFormField,
  toOptInInput,
  type OptInFormValues,
} from './opt-in-form';

export const OptInForm_form = graphql(`
  fragment OptInForm_form on OptInForm {
    completed
    agencyName
    payer
    # Both languages at once: switching language keeps what the contractor has typed.
    termsEnglish: terms(language: EN)
    termsSpanish: terms(language: ES)
    termsVersion
    paymentMethod {
      brand
      last4
    }
    contractor {
      firstName
      lastName
      email
      phone
      addressLine1
      city
      state
      postalCode
    }
    assignments {
      id
      jobName
      jobTitle
      clientEntity
      description
      effectiveDate
      endDate
      coverageTypes
      workState
      premiumCents
      status
    }
  }
`);

const SubmitOptInMutation = graphql(`
  mutation SubmitOptIn($token: String!, $input: OptInInput!) {
    submitOptIn(token: $token, input: $input) {
      contractor {
        id
        optInStatus
      }
      assignments {
        id
        status
      }
    }
  }
`);

function FormSection({ title, children, description }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

export function OptInForm({
  token,
  form,
  onSubmitted,
}: {
  token: string;
  form: OptInForm_FormFragment;
  onSubmitted: (result: SubmitOptInResult['submitOptIn']) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const fullName = `${form.contractor.firstName} ${form.contractor.lastName}`;
  const contractorPays = form.payer === 'CONTRACTOR';
  const needsCard = contractorPays && !form.paymentMethod;
  const totalCents = form.assignments.reduce((sum, assignment) => sum + assignment.premiumCents, 0);
  const [formError, setFormError] = useState<string | null>(null);
  const { formRef, focusFirstError } = useFocusFirstError();

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<OptInFormValues, unknown, OptInInput>({
    defaultValues: initialOptInValues(form.contractor),
    resolver: validationResolver<OptInFormValues, OptInInput>((values) => toOptInInput(values, { fullName, needsCard, t })),
    // The first field in error in the order shown, which may differ from the order registered.
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      // The viewer's opt-in status changes too: ask again so "My coverage" is current.
      // The terms were read and signed in the language shown: the server records it, and mails them in it.
      const signed = { ...input, language: apiLanguage(language) };
      const { submitOptIn } = await requestGraphQL(SubmitOptInMutation, { token, input: signed });
      void refreshSessionViewer();
      onSubmitted(submitOptIn);
    } catch (error) {
      setFormError(
        applyGraphQLError(error, OPT_IN_SERVER_FIELDS, (field, message) =>
          setError(optInFormField(field) as keyof OptInFormValues, { message: contractorFieldMessage(field, message) }),
        ),
      );
      focusFirstError();
    }
  }, focusFirstError);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1}>{t('optIn.title')}</Title>
          <Text c="dimmed">{t('optIn.intro', { agencyName: form.agencyName, count: form.assignments.length })}</Text>
        </Stack>

        {formError ? <ErrorAlert title={t('optIn.notSent')} message={formError} /> : null}

        <FormSection title={t('assignment.yourAssignment', { count: form.assignments.length })}>
          <OptInAssignments assignments={form.assignments} />
        </FormSection>

        <FormSection title={t('optIn.whoPays')}>
          {contractorPays ? (
            <Stack gap={4}>
              <Text fw={700} size="lg">
                {t('optIn.youPayAmount', { amount: formatCents(totalCents, language) })}
              </Text>
              <Text size="sm">{t('optIn.youPayExplained')}</Text>
            </Stack>
          ) : (
            <Stack gap={4}>
              <Text fw={700} size="lg">
                {t('optIn.agencyPays')}
              </Text>
              <Text size="sm">{t('optIn.agencyPaysExplained', { agencyName: form.agencyName })}</Text>
            </Stack>
          )}
        </FormSection>

        <FormSection title={t('optIn.yourDetails')} description={t('optIn.correctAnything')}>
          <Stack gap={6}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('optIn.name')} value={fullName} readOnly variant="filled" />
              <TextInput label={t('optIn.email')} value={form.contractor.email} readOnly variant="filled" />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('optIn.nameFromAgency', { agencyName: form.agencyName })}
            </Text>
          </Stack>
          <TextInput label={t('optIn.phone')} type="tel" autoComplete="tel" error={errors.phone?.message} {...register('phone')} />
          <TextInput
            label={t('optIn.street')}
            autoComplete="street-address"
            error={errors.addressLine1?.message}
            {...register('addressLine1')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label={t('optIn.city')} autoComplete="address-level2" error={errors.city?.message} {...register('city')} />
            <UsStateSelect label={t('optIn.state')} autoComplete="address-level1" error={errors.state?.message} {...register('state')} />
            <TextInput
              label={t('optIn.zip')}
              inputMode="numeric"
              autoComplete="postal-code"
              error={errors.postalCode?.message}
              {...register('postalCode')}
            />
          </SimpleGrid>
        </FormSection>

        {contractorPays ? (
          <FormSection title={t('optIn.paymentCard')}>
            {form.paymentMethod ? (
              <Text size="sm">
                <Trans i18nKey="optIn.cardOnFile" values={{ card: cardLabel(form.paymentMethod, language) }} components={{ strong: <strong /> }} />
              </Text>
            ) : (
              <CardFields register={register} errors={errors.card} />
            )}
          </FormSection>
        ) : null}

        <FormSection title={t('optIn.terms')}>
          <Box
            p="md"
            bg="gray.0"
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
          >
            <Stack gap="xs">
              {(language === 'es' ? form.termsSpanish : form.termsEnglish)
                .split('\n')
                .filter((line) => line.trim() !== '')
                .map((line) => (
                  <Text key={line} size="sm">
                    {line}
                  </Text>
                ))}
            </Stack>
          </Box>
          <Checkbox label={t('optIn.acceptTerms')} error={errors.acceptTerms?.message} aria-invalid={!!errors.acceptTerms} {...register('acceptTerms')} />
        </FormSection>

        <FormSection title={t('optIn.sign')}>
          <TextInput
            label={t('optIn.signLabel')}
            description={t('optIn.signDescription', { fullName })}
            autoComplete="off"
            error={errors.signatureName?.message}
            {...register('signatureName')}
          />
        </FormSection>

        {needsCard ? (
          <Alert color="blue" variant="light">
            {t('optIn.cardSavedNotice', { amount: formatCents(totalCents, language) })}
          </Alert>
        ) : null}

        <Button type="submit" size="lg" loading={isSubmitting} fullWidth>
          {contractorPays ? t('optIn.confirmAndPay', { amount: formatCents(totalCents, language) }) : t('optIn.confirmAndOptIn')}
        </Button>
      </Stack>
    </form>
  );
}
