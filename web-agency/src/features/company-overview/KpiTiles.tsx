// The overview's headline numbers, one tile each: completion rate, insured contractors, active
// states, average wage and length (with their medians), and assignments missing a PO number.
import type { ReactNode } from 'react';
import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatCents } from '@coverline/domain';
import { graphql } from '../../gql';
import type { KpiTiles_OverviewFragment } from '../../gql/graphql';
import { formatCount, formatDays, formatShare } from './format';

export const KpiTiles_overview = graphql(`
  fragment KpiTiles_overview on CompanyOverview {
    from
    to
    applicationCompletionRate
    optInFunnel {
      asked
      completed
    }
    insuredContractors
    insuredContractorsInRange
    activeStates
    averageWageCents
    medianWageCents
    averageAssignmentDays
    medianAssignmentDays
    assignmentsInRange
    assignmentsMissingPoNumber
  }
`);

function Tile({ label, value, detail, testId }: { label: string; value: string; detail: ReactNode; testId: string }) {
  return (
    <Card withBorder radius="md" padding="md" component="li" data-testid={testId}>
      <Text size="sm" c="gray.7" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.3} data-testid={`${testId}-value`}>
        {value}
      </Text>
      <Text size="sm" c="gray.7">
        {detail}
      </Text>
    </Card>
  );
}

export function KpiTiles({ overview }: { overview: KpiTiles_OverviewFragment }) {
  const ranged = overview.from !== null || overview.to !== null;
  const { asked, completed } = overview.optInFunnel;
  const states = overview.activeStates;
  return (
    <SimpleGrid component="ul" cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Key figures">
      <Tile
        testId="kpi-completion"
        label="Application completion rate"
        value={asked === 0 ? '—' : formatShare(overview.applicationCompletionRate)}
        detail={asked === 0 ? 'Nobody has been asked to opt in yet' : `${formatCount(completed)} of ${formatCount(asked)} asked completed their opt-in`}
      />
      <Tile
        testId="kpi-insured"
        label="Insured contractors"
        value={formatCount(overview.insuredContractors)}
        detail={`covered now; ${formatCount(overview.insuredContractorsInRange)} insured ${ranged ? 'in this range' : 'ever'}`}
      />
      <Tile
        testId="kpi-states"
        label="Active states"
        value={formatCount(states.length)}
        detail={states.length === 0 ? 'No contractor has a work state yet' : states.length > 8 ? `${states.slice(0, 8).join(', ')} and ${states.length - 8} more` : states.join(', ')}
      />
      <Tile
        testId="kpi-wage"
        label="Average wage"
        value={overview.averageWageCents === null ? '—' : formatCents(overview.averageWageCents)}
        detail={overview.medianWageCents === null ? 'No assignments yet' : `median ${formatCents(overview.medianWageCents)} over ${formatCount(overview.assignmentsInRange)} assignments`}
      />
      <Tile
        testId="kpi-length"
        label="Average assignment length"
        value={overview.averageAssignmentDays === null ? '—' : formatDays(overview.averageAssignmentDays)}
        detail={overview.medianAssignmentDays === null ? 'No assignments yet' : `median ${formatDays(overview.medianAssignmentDays)}`}
      />
      <Tile
        testId="kpi-missing-po"
        label="Missing PO numbers"
        value={formatCount(overview.assignmentsMissingPoNumber)}
        detail={
          overview.assignmentsMissingPoNumber === 0 ? (
            'Every opted-in assignment has one'
          ) : (
            <Anchor component={Link} to="/assignments/missing-po" size="sm">
              Enter PO numbers
            </Anchor>
          )
        }
      />
    </SimpleGrid>
  );
}
