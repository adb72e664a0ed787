// The facility form's values and fields, shared by "Add a facility" and a card's "Edit": both check
// with facilityInputSchema, the server's own rules.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { facilityInputSchema } from '@coverline/domain';
import { UsStateSelect, emptyToNull, fromSafeParse, validationResolver } from '@coverline/ui';
import type { FacilityInput } from '../../gql/graphql';

export interface FacilityFormValues {
  name: string;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  contactEmail: string;
}

export const EMPTY_FACILITY: FacilityFormValues = { name: '', addressLine1: '', city: '', state: '', postalCode: '', contactEmail: '' };

export const FACILITY_FIELDS = Object.keys(EMPTY_FACILITY) as (keyof FacilityFormValues)[];

/** A facility's saved details as the form's values (null shows as an empty input). */
export function facilityFormValues(facility: { [Field in keyof FacilityFormValues]?: string | null }): FacilityFormValues {
  return Object.fromEntries(FACILITY_FIELDS.map((field) => [field, facility[field] ?? ''])) as unknown as FacilityFormValues;
}

// Every field is sent, an emptied one as null, so an edit clears what the person emptied.
export const facilityResolver = validationResolver<FacilityFormValues, FacilityInput>((values) =>
  fromSafeParse(
    facilityInputSchema.safeParse({
      name: values.name,
      addressLine1: emptyToNull(values.addressLine1),
      city: emptyToNull(values.city),
      state: emptyToNull(values.state),
      postalCode: emptyToNull(values.postalCode),
      contactEmail: emptyToNull(values.contactEmail),
    }),
  ),
);

export function FacilityFormFields({ register, errors, contactDescription }: { register: UseFormRegister<FacilityFormValues>; errors: FieldErrors<FacilityFormValues>; contactDescription: string }) {
  return (
    <Stack gap="md">
      <TextInput label="Facility name" description="As its managers know it, e.g. Mercy General Hospital." autoComplete="off" required error={errors.name?.message} {...register('name')} />
      <TextInput label="Street address (optional)" autoComplete="off" error={errors.addressLine1?.message} {...register('addressLine1')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput label="City (optional)" autoComplete="off" error={errors.city?.message} {...register('city')} />
        <UsStateSelect label="State (optional)" error={errors.state?.message} {...register('state')} />
        <TextInput label="ZIP code (optional)" autoComplete="off" inputMode="numeric" error={errors.postalCode?.message} {...register('postalCode')} />
      </SimpleGrid>
      <TextInput
        label="Contact email (optional)"
        description={contactDescription}
        type="email"
        autoComplete="off"
        placeholder="name@facility.org"
        error={errors.contactEmail?.message}
        {...register('contactEmail')}
      />
    </Stack>
  );
}
