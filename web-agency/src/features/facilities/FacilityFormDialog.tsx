// "Add a facility" and a card's "Edit": the facility form in a dialog. The server's refusals (a name
// the agency already has, a bad ZIP code) appear on their fields.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { Dialog, ErrorAlert, applyGraphQLError } from '@coverline/ui';
import { graphql } from '../../gql';
import type { FacilityInput } from '../../gql/graphql';
import { EMPTY_FACILITY, FACILITY_FIELDS, FacilityFormFields, facilityFormValues, facilityResolver, type FacilityFormValues } from './facility-form';

const CreateFacilityMutation = graphql(`
  mutation CreateFacility($input: FacilityInput!) {
    createFacility(input: $input) {
      id
      ...FacilityCard_facility
    }
  }
`);

const UpdateFacilityMutation = graphql(`
  mutation UpdateFacility($id: ID!, $input: FacilityInput!) {
    updateFacility(id: $id, input: $input) {
      id
      ...FacilityCard_facility
    }
  }
`);

export interface FacilityFormDialogProps {
  /** The facility to edit; without one, the dialog adds a new facility. */
  facility?: { id: string } & { [Field in keyof FacilityFormValues]: string | null | undefined };
  opened: boolean;
  onClose: () => void;
  /** After the facility was saved (with the name it now has). */
  onSaved: (name: string) => void;
}

export function FacilityFormDialog({ facility, opened, onClose, onSaved }: FacilityFormDialogProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const [createFacility] = useMutation(CreateFacilityMutation);
  const [updateFacility] = useMutation(UpdateFacilityMutation);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FacilityFormValues, unknown, FacilityInput>({ resolver: facilityResolver, values: facility ? facilityFormValues(facility) : EMPTY_FACILITY });

  const close = () => {
    setFormError(null);
    reset();
    onClose();
  };

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      if (facility) await updateFacility({ variables: { id: facility.id, input } });
      else await createFacility({ variables: { input } });
      reset();
      onSaved(input.name);
    } catch (error) {
      setFormError(applyGraphQLError(error, FACILITY_FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <Dialog opened={opened} onClose={close} title={facility ? `Edit ${facility.name ?? 'facility'}` : 'Add a facility'} size={640}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          {formError ? <ErrorAlert title={facility ? 'The facility was not saved' : 'The facility was not added'} message={formError} /> : null}
          <FacilityFormFields
            register={register}
            errors={errors}
            contactDescription={
              facility
                ? 'A new contact gets Compliance Hub access and a sign-in link by email. The previous contact keeps access until you remove it.'
                : 'The facility manager who checks certificates. They get Compliance Hub access and a sign-in link by email.'
            }
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {facility ? 'Save facility' : 'Add facility'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
