// Adds one contractor (createContractorSchema, the server's own rules); the new profile opens next.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { ErrorAlert, applyGraphQLError } from '@coverline/ui';
import { graphql } from '../../gql';
import type { CreateContractorInput } from '../../gql/graphql';
import { CONTRACTOR_FIELDS, ContractorFormFields, EMPTY_CONTRACTOR, contractorResolver, type ContractorFormValues } from './contractor-form';

const CreateContractorMutation = graphql(`
  mutation CreateContractor($input: CreateContractorInput!) {
    createContractor(input: $input) {
      id
      ...ContractorsTable_contractor
    }
  }
`);

export function CreateContractorForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [createContractor] = useMutation(CreateContractorMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ContractorFormValues, unknown, CreateContractorInput>({ resolver: contractorResolver, defaultValues: EMPTY_CONTRACTOR });

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
      setFormError(applyGraphQLError(error, CONTRACTOR_FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xl">
        {formError ? <ErrorAlert title="The contractor was not added" message={formError} /> : null}
        <ContractorFormFields register={register} errors={errors} />
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
