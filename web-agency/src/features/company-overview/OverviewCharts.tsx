// The overview's charts, each a ChartFigure with its numbers as a table: the opt-in funnel,
// assignments started over time, contractors by work state and by coverage status, and the wage and
// length distributions.
import { BarChart } from '@mantine/charts';
import { SimpleGrid } from '@mantine/core';
import { bucketLabel, CONTRACTOR_COVERAGE_LABELS, formatCents, usStateName } from '@coverline/domain';
import { graphql } from '../../gql';
import type { OverviewCharts_OverviewFragment } from '../../gql/graphql';
import { ChartFigure } from './ChartFigure';
import { formatCount, formatPeriod, formatPeriodTick } from './format';

export const OverviewCharts_overview = graphql(`
  fragment OverviewCharts_overview on CompanyOverview {
    optInFunnel {
      asked
      completed
      covered
    }
    assignmentsStarted {
      granularity
      periods {
        periodStart
        count
      }
    }
    contractorsByState {
      state
      count
    }
    coverageStatusBreakdown {
      status
      count
    }
    wageDistribution {
      min
      max
      count
    }
    assignmentLengthDistribution {
      min
      max
      count
    }
  }
`);

const BAR_COLOR = 'indigo.6';
const ROW_HEIGHT = 30;

/** Horizontal bars of counts, one per label (a state, a status, a bucket), as tall as they need. */
function CountBars({ data, labelKey, countKey, labelWidth }: { data: Record<string, string | number>[]; labelKey: string; countKey: string; labelWidth: number }) {
  return (
    <BarChart
      h={Math.max(120, data.length * ROW_HEIGHT + 40)}
      data={data}
      dataKey={labelKey}
      orientation="vertical"
      yAxisProps={{ width: labelWidth }}
      xAxisProps={{ allowDecimals: false }}
      series={[{ name: countKey, color: BAR_COLOR }]}
      valueFormatter={formatCount}
    />
  );
}

const dollars = (cents: number) => formatCents(cents).replace(/\.00$/, '');

export function OverviewCharts({ overview }: { overview: OverviewCharts_OverviewFragment }) {
  const { asked, completed, covered } = overview.optInFunnel;
  const funnel = [
    { stage: 'Asked to opt in', Contractors: asked },
    { stage: 'Completed opt-in', Contractors: completed },
    { stage: 'Then covered', Contractors: covered },
  ];
  const { granularity, periods } = overview.assignmentsStarted;
  const started = periods.map((period) => ({ period: formatPeriodTick(period.periodStart, granularity), Assignments: period.count }));
  const byState = overview.contractorsByState.map((entry) => ({ state: entry.state, Contractors: entry.count }));
  const coverage = overview.coverageStatusBreakdown.map((entry) => ({ status: CONTRACTOR_COVERAGE_LABELS[entry.status], Contractors: entry.count }));
  const wages = overview.wageDistribution.map((bucket, index) => ({ bucket: bucketLabel(bucket, dollars, { under: index === 0 }), Assignments: bucket.count }));
  const lengths = overview.assignmentLengthDistribution.map((bucket) => ({ bucket: bucketLabel(bucket, formatCount, { unit: 'days' }), Assignments: bucket.count }));
  const noAssignments = periods.every((period) => period.count === 0);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartFigure
        caption="Opt-in funnel"
        columns={['Stage', 'Contractors']}
        rows={asked === 0 ? [] : funnel.map((stage) => [stage.stage, formatCount(stage.Contractors)])}
        empty="Nobody has been asked to opt in yet."
      >
        <CountBars data={funnel} labelKey="stage" countKey="Contractors" labelWidth={130} />
      </ChartFigure>

      <ChartFigure
        caption={granularity === 'WEEK' ? 'Assignments started each week' : 'Assignments started each month'}
        columns={[granularity === 'WEEK' ? 'Week' : 'Month', 'Assignments']}
        rows={noAssignments ? [] : periods.map((period) => [formatPeriod(period.periodStart, granularity), formatCount(period.count)])}
        empty="No assignments start in this range."
      >
        <BarChart h={240} data={started} dataKey="period" series={[{ name: 'Assignments', color: BAR_COLOR }]} tickLine="y" yAxisProps={{ allowDecimals: false }} valueFormatter={formatCount} />
      </ChartFigure>

      <ChartFigure
        caption="Contractors by work state"
        columns={['State', 'Contractors']}
        rows={overview.contractorsByState.map((entry) => [`${usStateName(entry.state) ?? entry.state} (${entry.state})`, formatCount(entry.count)])}
        empty="No contractor has a work state yet."
      >
        <CountBars data={byState} labelKey="state" countKey="Contractors" labelWidth={36} />
      </ChartFigure>

      <ChartFigure
        caption="Contractors by coverage status"
        columns={['Coverage status', 'Contractors']}
        rows={coverage.every((entry) => entry.Contractors === 0) ? [] : coverage.map((entry) => [entry.status, formatCount(entry.Contractors)])}
        empty="No contractors yet."
      >
        <CountBars data={coverage} labelKey="status" countKey="Contractors" labelWidth={150} />
      </ChartFigure>

      <ChartFigure caption="Wages" columns={['Wage', 'Assignments']} rows={noAssignments ? [] : wages.map((entry) => [entry.bucket, formatCount(entry.Assignments)])} empty="No assignments in this range.">
        <CountBars data={wages} labelKey="bucket" countKey="Assignments" labelWidth={150} />
      </ChartFigure>

      <ChartFigure
        caption="Assignment lengths"
        columns={['Length', 'Assignments']}
        rows={noAssignments ? [] : lengths.map((entry) => [entry.bucket, formatCount(entry.Assignments)])}
        empty="No assignments in this range."
      >
        <CountBars data={lengths} labelKey="bucket" countKey="Assignments" labelWidth={150} />
      </ChartFigure>
    </SimpleGrid>
  );
}
