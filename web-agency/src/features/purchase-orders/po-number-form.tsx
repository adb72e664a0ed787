// The PO number and its contact, as both ways of entering them ask for them: one form state,
// validated with the same schema as the server, its save, and the two fields.
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { Stack, TextInput } from '@mantine/core';
import { setPoNumberSchema } from '@coverline/domain';
import { applyGraphQLError, fromSafeParse, validationResolver } from '@coverline/ui';
import { PO_NUMBER_HINT, useSetPoNumber } from './use-set-po-number';

export interface PoNumberValues {
  poNumber: string;
  poContactEmail: string;
}

export type PoNumberInput = { poNumber: string; poContactEmail?: string };

const PO_NUMBER_FIELDS = ['poNumber', 'poContactEmail'] as const;

const resolver = validationResolver<PoNumberValues, PoNumberInput>((values) => fromSafeParse(setPoNumberSchema.safeParse(values)));

/**
 * The form, starting at `poNumber`, and its save: `save` sets the entered PO number on the assignments
 * and says whether it did; a server error lands on its field, or in `formError`.
 */
export function usePoNumberForm(poNumber = '') {
  const form = useForm<PoNumberValues, unknown, PoNumberInput>({ defaultValues: { poNumber, poContactEmail: '' }, resolver });
  const [formError, setFormError] = useState<string | null>(null);
  const [setPoNumber] = useSetPoNumber();
  const save = async (assignmentIds: string[], values: PoNumberInput): Promise<boolean> => {
    setFormError(null);
    try {
      await setPoNumber({ variables: { assignmentIds, poNumber: values.poNumber, poContactEmail: values.poContactEmail ?? null } });
      return true;
    } catch (error) {
      setFormError(applyGraphQLError(error, PO_NUMBER_FIELDS, (field, message) => form.setError(field, { message })));
      return false;
    }
  };
  return { form, formError, setFormError, save };
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
