// The agency's settings page.
import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { AgencySettingsForm } from '../features/settings/AgencySettingsForm';

const SettingsRouteQuery = graphql(`
  query SettingsRoute {
    viewer {
      id
      agency {
        id
        name
        settings {
          ...AgencySettingsForm_settings
        }
      }
    }
  }
`);

export function SettingsRoute() {
  const { data, loading, error, refetch } = useQuery(SettingsRouteQuery);
  if (!data && loading) return <LoadingIndicator label="Loading the settings" />;
  const agency = data?.viewer?.agency;
  if (!agency) return <ErrorAlert error={error} title="The settings could not load" onRetry={() => void refetch()} />;
  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title="Settings" description={`How ${agency.name} bills, pays, reminds, and the coverage every assignment must carry.`} />
      <AgencySettingsForm agencyName={agency.name} settings={agency.settings} />
    </Stack>
  );
}
