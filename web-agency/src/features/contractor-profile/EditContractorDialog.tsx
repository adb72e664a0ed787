// "Edit details" on a contractor's profile: the contractor form, filled with what is saved. The
// server records each changed field in the audit log.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { Dialog, ErrorAlert, applyGraphQLError } from '@coverline/ui';
import { graphql } from '../../gql';
import type { CreateContractorInput } from '../../gql/graphql';
import {
  CONTRACTOR_FIELDS,
  ContractorFormFields,
  contractorFormValues,
  contractorResolver,
  type ContractorFormValues,
} from '../contractors/contractor-form';

const UpdateContractorMutation = graphql(`
  mutation UpdateContractor($id: ID!, $input: UpdateContractorInput!) {
    updateContractor(id: $id, input: $input) {
      id
      ...ContractorHeader_contractor
    }
  }
`);

export interface EditContractorDialogProps {
  contractor: { id: string } & { [Field in keyof ContractorFormValues]: string | null | undefined };
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function EditContractorDialog({ contractor, opened, onClose, onSaved }: EditContractorDialogProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const [updateContractor] = useMutation(UpdateContractorMutation);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ContractorFormValues, unknown, CreateContractorInput>({ resolver: contractorResolver, values: contractorFormValues(contractor) });

  const close = () => {
    setFormError(null);
    reset();
    onClose();
  };

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      // A changed name or state moves the contractor in every list: ask again when one is shown.
      await updateContractor({ variables: { id: contractor.id, input }, update: (cache) => cache.evict({ fieldName: 'contractors' }) });
      onSaved();
    } catch (error) {
      setFormError(applyGraphQLError(error, CONTRACTOR_FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <Dialog opened={opened} onClose={close} title="Edit details" size={720}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="xl">
          {formError ? <ErrorAlert title="The details were not saved" message={formError} /> : null}
          <ContractorFormFields register={register} errors={errors} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Save details
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
