import { Card, Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { PageHeader } from '@coverline/ui';
import { BackLink } from '../components/BackLink';
import { CreateContractorForm } from '../features/contractors/CreateContractorForm';

export function NewContractorRoute() {
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={880}>
      <PageHeader
        back={<BackLink to="/contractors">Contractors</BackLink>}
        title="Add contractor"
        description="Add one person your agency places. You can add their job assignments next, from their profile."
      />
      <Card withBorder radius="md" padding="lg">
        <CreateContractorForm
          onCreated={(id) => void navigate(`/contractors/${id}`)}
          onCancel={() => void navigate('/contractors')}
        />
      </Card>
    </Stack>
  );
}
