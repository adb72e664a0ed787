// The PO number and its contact, as both ways of entering them ask for them: one form state,
// validated with the same schema as the server, and the two fields.
import { useForm, type UseFormReturn } from 'react-hook-form';
import { Stack, TextInput } from '@mantine/core';
import { setPoNumberSchema } from '@coverline/domain';
import { fromSafeParse, validationResolver } from '@coverline/ui';
import { PO_NUMBER_HINT } from './use-set-po-number';

export interface PoNumberValues {
  poNumber: string;
  poContactEmail: string;
}

export type PoNumberInput = { poNumber: string; poContactEmail?: string };

export const PO_NUMBER_FIELDS = ['poNumber', 'poContactEmail'] as const;

const resolver = validationResolver<PoNumberValues, PoNumberInput>((values) => fromSafeParse(setPoNumberSchema.safeParse(values)));

export function usePoNumberForm(poNumber = ''): UseFormReturn<PoNumberValues, unknown, PoNumberInput> {
  return useForm<PoNumberValues, unknown, PoNumberInput>({ defaultValues: { poNumber, poContactEmail: '' }, resolver });
}

export function PoNumberFields({ form, autoFocus = false }: { form: UseFormReturn<PoNumberValues, unknown, PoNumberInput>; autoFocus?: boolean }) {
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <Stack gap="sm">
      <TextInput label="PO number" description={PO_NUMBER_HINT} required data-autofocus={autoFocus || undefined} error={errors.poNumber?.message} {...register('poNumber')} />
      <TextInput
        type="email"
        label="PO contact email"
        description="Optional. Invoices for this PO number go to this person, and to your billing email. Leave empty to keep the current contact."
        autoComplete="email"
        error={errors.poContactEmail?.message}
        {...register('poContactEmail')}
      />
    </Stack>
  );
}
