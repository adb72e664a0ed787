// The contractor form's values and fields, shared by "Add contractor" and the profile's "Edit
// details": both check with createContractorSchema, the server's own rules.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { createContractorSchema } from '@coverline/domain';
import { UsStateSelect, emptyToNull, fromSafeParse, validationResolver } from '@coverline/ui';
import type { CreateContractorInput } from '../../gql/graphql';

export interface ContractorFormValues {
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

export const EMPTY_CONTRACTOR: ContractorFormValues = {
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

export const CONTRACTOR_FIELDS = Object.keys(EMPTY_CONTRACTOR) as (keyof ContractorFormValues)[];

/** A contractor's saved details as the form's values (null shows as an empty input). */
export function contractorFormValues(contractor: { [Field in keyof ContractorFormValues]?: string | null }): ContractorFormValues {
  return Object.fromEntries(CONTRACTOR_FIELDS.map((field) => [field, contractor[field] ?? ''])) as unknown as ContractorFormValues;
}

export const contractorResolver = validationResolver<ContractorFormValues, CreateContractorInput>((values) =>
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

export function ContractorFormFields({
  register,
  errors,
}: {
  register: UseFormRegister<ContractorFormValues>;
  errors: FieldErrors<ContractorFormValues>;
}) {
  return (
    <>
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
    </>
  );
}
