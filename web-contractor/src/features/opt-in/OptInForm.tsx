// The contractor's opt-in: the assignments it covers, who pays, their (correctable) details, a card
// when they pay, the terms, and a typed-name signature. Mobile first; every step works by keyboard.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
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
import { cardLabel, formatCents } from '@coverline/domain';
import { ErrorAlert, UsStateSelect, applyGraphQLError, useFocusFirstError } from '@coverline/ui';
import { graphql } from '../../gql';
import type { OptInForm_FormFragment, OptInInput, SubmitOptInMutation as SubmitOptInResult } from '../../gql/graphql';
import { validationResolver } from '@coverline/ui';
import { CardFields } from '../payments/CardFields';
import { ViewerQuery } from '@coverline/ui/shell';
import { OptInAssignments } from './OptInAssignments';
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
    terms
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
  const fullName = `${form.contractor.firstName} ${form.contractor.lastName}`;
  const contractorPays = form.payer === 'CONTRACTOR';
  const needsCard = contractorPays && !form.paymentMethod;
  const totalCents = form.assignments.reduce((sum, assignment) => sum + assignment.premiumCents, 0);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitOptIn] = useMutation(SubmitOptInMutation);
  const { formRef, focusFirstError } = useFocusFirstError();

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<OptInFormValues, unknown, OptInInput>({
    defaultValues: initialOptInValues(form.contractor),
    resolver: validationResolver<OptInFormValues, OptInInput>((values) => toOptInInput(values, { fullName, needsCard })),
    // The first field in error in the order shown, which may differ from the order registered.
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      // The viewer's opt-in status changes too: ask again so "My coverage" is current.
      const { data } = await submitOptIn({ variables: { token, input }, refetchQueries: [ViewerQuery] });
      if (data) onSubmitted(data.submitOptIn);
    } catch (error) {
      setFormError(
        applyGraphQLError(error, OPT_IN_SERVER_FIELDS, (field, message) =>
          setError(optInFormField(field) as keyof OptInFormValues, { message }),
        ),
      );
      focusFirstError();
    }
  }, focusFirstError);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1}>Confirm your coverage</Title>
          <Text c="dimmed">
            {form.agencyName} placed you on the {form.assignments.length === 1 ? 'assignment' : 'assignments'} below.
            Check your details, accept the terms and sign, and Coverline arranges your insurance for{' '}
            {form.assignments.length === 1 ? 'it' : 'them'}.
          </Text>
        </Stack>

        {formError ? <ErrorAlert title="Your opt-in was not sent" message={formError} /> : null}

        <FormSection title={form.assignments.length === 1 ? 'Your assignment' : 'Your assignments'}>
          <OptInAssignments assignments={form.assignments} />
        </FormSection>

        <FormSection title="Who pays">
          {contractorPays ? (
            <Stack gap={4}>
              <Text fw={700} size="lg">
                You pay {formatCents(totalCents)}
              </Text>
              <Text size="sm">
                After you confirm, we email you a notice and charge your card about 24 hours later. Until the charge
                runs you can opt out or change your card. Coverage starts once the payment goes through.
              </Text>
            </Stack>
          ) : (
            <Stack gap={4}>
              <Text fw={700} size="lg">
                Your agency pays
              </Text>
              <Text size="sm">{form.agencyName} pays the premium. You pay nothing.</Text>
            </Stack>
          )}
        </FormSection>

        <FormSection title="Your details" description="Correct anything that is out of date.">
          <Stack gap={6}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label="Name" value={fullName} readOnly variant="filled" />
              <TextInput label="Email" value={form.contractor.email} readOnly variant="filled" />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              Your name and email come from {form.agencyName}; ask them if either is wrong.
            </Text>
          </Stack>
          <TextInput label="Phone" type="tel" autoComplete="tel" error={errors.phone?.message} {...register('phone')} />
          <TextInput
            label="Street address"
            autoComplete="street-address"
            error={errors.addressLine1?.message}
            {...register('addressLine1')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label="City" autoComplete="address-level2" error={errors.city?.message} {...register('city')} />
            <UsStateSelect label="State" autoComplete="address-level1" error={errors.state?.message} {...register('state')} />
            <TextInput
              label="ZIP code"
              inputMode="numeric"
              autoComplete="postal-code"
              error={errors.postalCode?.message}
              {...register('postalCode')}
            />
          </SimpleGrid>
        </FormSection>

        {contractorPays ? (
          <FormSection title="Payment card">
            {form.paymentMethod ? (
              <Text size="sm">
                Your <strong>{cardLabel(form.paymentMethod)}</strong> is on file and will be charged. You can change it
                later from your coverage page.
              </Text>
            ) : (
              <CardFields register={register} errors={errors.card} />
            )}
          </FormSection>
        ) : null}

        <FormSection title="Terms">
          <Box
            p="md"
            bg="gray.0"
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
          >
            <Stack gap="xs">
              {form.terms
                .split('\n')
                .filter((line) => line.trim() !== '')
                .map((line) => (
                  <Text key={line} size="sm">
                    {line}
                  </Text>
                ))}
            </Stack>
          </Box>
          <Checkbox label="I accept the terms" error={errors.acceptTerms?.message} aria-invalid={!!errors.acceptTerms} {...register('acceptTerms')} />
        </FormSection>

        <FormSection title="Sign">
          <TextInput
            label="Type your full name to sign"
            description={`Type it exactly as shown: ${fullName}. This is your electronic signature.`}
            autoComplete="off"
            error={errors.signatureName?.message}
            {...register('signatureName')}
          />
        </FormSection>

        {needsCard ? (
          <Alert color="blue" variant="light">
            Confirming saves your card with our payment provider. It is charged {formatCents(totalCents)} about 24
            hours later, after an email notice.
          </Alert>
        ) : null}

        <Button type="submit" size="lg" loading={isSubmitting} fullWidth>
          {contractorPays ? `Confirm and pay ${formatCents(totalCents)}` : 'Confirm and opt in'}
        </Button>
      </Stack>
    </form>
  );
}
