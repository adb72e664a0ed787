// The Job Codes tab: the pre-loaded catalogue with one state's rates, searched by title or code (the
// state and the search live in the URL), and the budget calculator, opened on a row by "Estimate".
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { isUsStateCode, usStateName } from '@coverline/domain';
import { ErrorAlert, LoadingIndicator, PageHeader, UsStateSelect } from '@coverline/ui';
import { graphql } from '../gql';
import { useSearchParamsUpdate } from '../components/use-search-params-update';
import { BudgetCalculator, emptyBudget, type BudgetValues } from '../features/job-codes/BudgetCalculator';
import { JobCodesTable } from '../features/job-codes/JobCodesTable';

const JobCodesRouteQuery = graphql(`
  query JobCodesRoute($state: String, $search: String, $withRates: Boolean!) {
    jobCodes(state: $state, search: $search) {
      id
      ...JobCodesTable_jobCode
    }
    catalogue: jobCodes {
      id
      title
    }
  }
`);

/** Washington's state fund rates by hours worked; Coverline's rate there is an approximation from wages. */
const APPROXIMATED_WC_STATE = 'WA';

function SearchBox({ value, onSearch }: { value: string; onSearch: (search: string) => void }) {
  const [search, setSearch] = useState(value);
  const [debounced] = useDebouncedValue(search, 300);
  // Back/forward to another search shows it in the box.
  useEffect(() => setSearch(value), [value]);
  useEffect(() => {
    if (debounced.trim() !== value) onSearch(debounced.trim());
  }, [debounced, value, onSearch]);
  return (
    <TextInput
      label="Search job codes"
      description="Part of the title or the code"
      type="search"
      value={search}
      onChange={(event) => setSearch(event.currentTarget.value)}
      style={{ flex: '1 1 240px' }}
      maxLength={100}
    />
  );
}

export function JobCodesRoute() {
  const [searchParams, updateSearchParams] = useSearchParamsUpdate();
  const stateParam = (searchParams.get('state') ?? '').toUpperCase();
  const state = isUsStateCode(stateParam) ? stateParam : '';
  const search = searchParams.get('search') ?? '';
  const changeParams = useCallback(
    (change: { state?: string; search?: string }, options: { replace?: boolean } = {}) =>
      updateSearchParams((latest) => {
        const next = new URLSearchParams(latest);
        for (const [name, value] of Object.entries(change)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      }, options),
    [updateSearchParams],
  );
  const onSearch = useCallback((value: string) => changeParams({ search: value }, { replace: true }), [changeParams]);

  const { data, previousData, loading, error, refetch } = useQuery(JobCodesRouteQuery, {
    variables: { state: state || null, search: search || null, withRates: state !== '' },
  });
  const shown = data ?? previousData;

  const calculatorHeadingId = useId();
  const calculatorRef = useRef<HTMLDivElement>(null);
  const [budget, setBudget] = useState<BudgetValues>(() => emptyBudget('', state));
  const onEstimate = useCallback(
    (row: { id: string }) => {
      setBudget((current) => ({ ...current, jobCodeId: row.id, workState: state || current.workState }));
      calculatorRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      calculatorRef.current?.querySelector('select')?.focus({ preventScroll: true });
    },
    [state],
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title="Job Codes"
        description="The job codes Coverline insures, with each state's rates: workers' compensation per $100 of wage, general liability per $1,000 of wage. Budget what coverage will cost before you add an assignment."
      />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Group align="flex-end" gap="md" wrap="wrap">
              <UsStateSelect
                label="State"
                emptyLabel="Choose a state"
                description="Rates differ by work state"
                value={state}
                onChange={(event) => changeParams({ state: event.currentTarget.value })}
                style={{ flex: '0 1 240px' }}
              />
              <SearchBox value={search} onSearch={onSearch} />
            </Group>
            {!state ? (
              <Text size="sm" c="gray.7">
                Choose a state to see its rates.
              </Text>
            ) : (
              <Text size="sm" c="gray.7" aria-live="polite">
                {shown ? `${shown.jobCodes.length} job ${shown.jobCodes.length === 1 ? 'code' : 'codes'} with ${usStateName(state)} rates` : ''}
              </Text>
            )}
            {state === APPROXIMATED_WC_STATE ? (
              <Alert color="blue" variant="light" title="Washington workers' compensation">
                Washington's state fund rates by hours worked. The workers' compensation rates here are an approximation from wages, for budgeting.
              </Alert>
            ) : null}
            {!shown && loading ? <LoadingIndicator label="Loading job codes" /> : null}
            {!shown && error ? <ErrorAlert error={error} title="The job codes could not load" onRetry={() => void refetch()} /> : null}
            {shown ? (
              <JobCodesTable
                jobCodes={shown.jobCodes}
                withRates={state !== ''}
                busy={loading}
                onEstimate={onEstimate}
              />
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }} style={{ position: 'sticky', top: 80 }}>
          <Card withBorder radius="md" padding="lg" ref={calculatorRef} component="section" aria-labelledby={calculatorHeadingId} style={{ scrollMarginTop: 80 }}>
            <BudgetCalculator values={budget} onChange={setBudget} jobCodes={shown?.catalogue ?? []} headingId={calculatorHeadingId} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
