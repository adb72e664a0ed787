// Adds one contractor (createContractorSchema, the server's own rules); the new profile opens next.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { createContractorSchema } from '@coverline/domain';
import { ErrorAlert, UsStateSelect, applyGraphQLError } from '@coverline/ui';
import { graphql } from '../../gql';
import type { CreateContractorInput } from '../../gql/graphql';
import { emptyToNull, fromSafeParse, validationResolver } from '@coverline/ui';

const CreateContractorMutation = graphql(`
  mutation CreateContractor($input: CreateContractorInput!) {
    createContractor(input: $input) {
      id
      ...ContractorsTable_contractor
    }
  }
`);

interface ContractorFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  workState: string;
  externalId: string;
}

const EMPTY: ContractorFormValues = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  addressLine1: '',
  city: '',
  state: '',
  postalCode: '',
  workState: '',
  externalId: '',
};

const FIELDS = Object.keys(EMPTY) as (keyof ContractorFormValues)[];

const resolver = validationResolver<ContractorFormValues, CreateContractorInput>((values) =>
  fromSafeParse(
    createContractorSchema.safeParse({
      firstName: values.firstName,
      lastName: values.lastName,
      email: values.email,
      phone: emptyToNull(values.phone),
      addressLine1: emptyToNull(values.addressLine1),
      city: emptyToNull(values.city),
      state: emptyToNull(values.state),
      postalCode: emptyToNull(values.postalCode),
      workState: emptyToNull(values.workState),
      externalId: emptyToNull(values.externalId),
    }),
  ),
);

export function CreateContractorForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [createContractor] = useMutation(CreateContractorMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ContractorFormValues, unknown, CreateContractorInput>({ resolver, defaultValues: EMPTY });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      const { data } = await createContractor({
        variables: { input },
        // A new contractor changes every list and count: ask again when they are shown.
        update: (cache) => cache.evict({ fieldName: 'contractors' }),
      });
      if (data) onCreated(data.createContractor.id);
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xl">
        {formError ? <ErrorAlert title="The contractor was not added" message={formError} /> : null}
        <Stack gap="md">
          <Title order={2} size="h4">
            Contact
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="First name" autoComplete="off" required error={errors.firstName?.message} {...register('firstName')} />
            <TextInput label="Last name" autoComplete="off" required error={errors.lastName?.message} {...register('lastName')} />
            <TextInput label="Email" type="email" autoComplete="off" required error={errors.email?.message} {...register('email')} />
            <TextInput label="Phone (optional)" type="tel" autoComplete="off" error={errors.phone?.message} {...register('phone')} />
          </SimpleGrid>
        </Stack>
        <Stack gap="md">
          <Title order={2} size="h4">
            Address
          </Title>
          <TextInput label="Street address (optional)" autoComplete="off" error={errors.addressLine1?.message} {...register('addressLine1')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label="City (optional)" autoComplete="off" error={errors.city?.message} {...register('city')} />
            <UsStateSelect label="Residence state (optional)" error={errors.state?.message} {...register('state')} />
            <TextInput label="ZIP code (optional)" autoComplete="off" inputMode="numeric" error={errors.postalCode?.message} {...register('postalCode')} />
          </SimpleGrid>
        </Stack>
        <Stack gap="md">
          <Title order={2} size="h4">
            Work
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <UsStateSelect
              label="Work state (optional)"
              description="Where they usually work; each assignment sets its own."
              error={errors.workState?.message}
              {...register('workState')}
            />
            <TextInput
              label="External ID (optional)"
              description="Their ID in your HR or talent system."
              autoComplete="off"
              error={errors.externalId?.message}
              {...register('externalId')}
            />
          </SimpleGrid>
        </Stack>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Add contractor
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
