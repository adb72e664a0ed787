// The Company Overview, the agency app's landing page: a snapshot of the agency's contractors and
// assignments for a date range (in the URL), what needs attention, and for a new agency the first
// steps to take.
import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { overviewRangeSchema, todayInTimeZone } from '@coverline/domain';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { useSignedInViewer } from '@coverline/ui/shell';
import { graphql } from '../gql';
import { KpiTiles } from '../features/company-overview/KpiTiles';
import { NeedsAttention } from '../features/company-overview/NeedsAttention';
import { OverviewCharts } from '../features/company-overview/OverviewCharts';
import { OverviewRangeControl } from '../features/company-overview/OverviewRangeControl';
import { isSetUp, SetupChecklist } from '../features/company-overview/SetupChecklist';
import { rangeOf, readRangeParams, writeRangeParams } from '../features/company-overview/overview-range-params';

const OverviewRouteQuery = graphql(`
  query OverviewRoute($from: String, $to: String) {
    companyOverview(from: $from, to: $to) {
      ...KpiTiles_overview
      ...OverviewCharts_overview
      ...NeedsAttention_overview
      ...SetupChecklist_overview
    }
  }
`);

const BROWSER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function OverviewRoute() {
  const viewer = useSignedInViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const choice = useMemo(() => readRangeParams(searchParams), [searchParams]);
  const parsed = overviewRangeSchema.safeParse(rangeOf(choice, todayInTimeZone(BROWSER_TIME_ZONE)));
  const range = parsed.success ? parsed.data : null;
  const { data, previousData, error, refetch } = useQuery(OverviewRouteQuery, {
    variables: { from: range?.from ?? null, to: range?.to ?? null },
    skip: range === null,
    fetchPolicy: 'cache-and-network',
  });
  const overview = (data ?? previousData)?.companyOverview;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Company Overview"
        description={`A snapshot of ${viewer.agency?.name ?? 'your agency'}'s contractor management data.`}
        actions={
          <OverviewRangeControl
            value={choice}
            onChange={(next) => setSearchParams(writeRangeParams(next), { replace: true })}
            error={parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Choose a valid range.')}
          />
        }
      />
      {error && !overview ? (
        <ErrorAlert error={error} title="The overview could not load" onRetry={() => void refetch()} />
      ) : !overview ? (
        range === null ? null : <LoadingIndicator label="Loading the overview" />
      ) : (
        <>
          {isSetUp(overview) ? null : <SetupChecklist overview={overview} />}
          <KpiTiles overview={overview} />
          <NeedsAttention overview={overview} />
          <OverviewCharts overview={overview} />
          <Text size="xs" c="gray.7">
            Figures count the assignments whose effective date falls in the range (cancelled ones left out) and the contractors who are not archived.
          </Text>
        </>
      )}
    </Stack>
  );
}
