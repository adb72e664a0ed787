// "Create API key": name the key after what will use it, then see the key itself, once.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { Dialog, ErrorAlert, applyGraphQLError } from '@coverline/ui';
import { graphql } from '../../gql';
import { SecretShownOnce } from './SecretShownOnce';

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($name: String!) {
    createApiKey(name: $name) {
      key
      apiKey {
        id
      }
    }
  }
`);

const FIELDS = ['name'] as const;

export function CreateApiKeyDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [createApiKey] = useMutation(CreateApiKeyMutation, { refetchQueries: ['IntegrationsRoute'], awaitRefetchQueries: true });
  const [createdKey, setCreatedKey] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<{ name: string }>({ defaultValues: { name: '' } });

  const close = () => {
    setCreatedKey(null);
    setFormError(null);
    reset();
    onClose();
  };

  const onSubmit = handleSubmit(async ({ name }) => {
    setFormError(null);
    try {
      const { data } = await createApiKey({ variables: { name } });
      setCreatedKey(data?.createApiKey.key ?? null);
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <Dialog opened={opened} onClose={close} title={createdKey ? 'Your new API key' : 'Create API key'}>
      {createdKey ? (
        <Stack gap="md">
          <SecretShownOnce label="API key" value={createdKey} copyLabel="Copy key" />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {formError ? <ErrorAlert title="The key was not created" message={formError} /> : null}
            <TextInput
              label="Name"
              description="What will use the key, e.g. Worksuite sync. You will see it in the list and in the activity."
              autoComplete="off"
              data-autofocus
              error={errors.name?.message}
              {...register('name', { validate: (value) => value.trim().length > 0 || 'Name the key after what uses it' })}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={isSubmitting}>
                Cancel
              </Button>
              <Button type="submit" loading={isSubmitting}>
                Create key
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Dialog>
  );
}
