// "Budget coverage costs": a job code, a work state, the coverage types, a wage and a number of
// assignments → the premium of one assignment line by line and of them all, from estimatePremium
// (the same pricing createAssignment stores). "Use this" starts the add-assignment form with it.
import { useMemo, useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Divider, Group, Loader, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import {
  assignmentCountSchema,
  COVERAGE_TYPES,
  COVERAGE_TYPE_LABELS,
  describeRate,
  formatCents,
  isUsStateCode,
  parseDollarsToCents,
  usStateName,
  wageCentsSchema,
  type CoverageType,
} from '@coverline/domain';
import { errorMessage, UsStateSelect } from '@coverline/ui';
import { graphql } from '../../gql';
import type { BudgetEstimateQuery, PremiumEstimateInput } from '../../gql/graphql';
import { prefillSearchParams } from './assignment-prefill';

const BudgetEstimateQuery = graphql(`
  query BudgetEstimate($input: PremiumEstimateInput!) {
    estimatePremium(input: $input) {
      perAssignmentCents
      assignmentCount
      budgetTotalCents
      lines {
        coverageType
        rate
        basis
        rateCents
        minimumPremiumCents
        minimumApplied
        cents
      }
    }
  }
`);

export type BudgetValues = { jobCodeId: string; workState: string; coverageTypes: CoverageType[]; wage: string; assignmentCount: string };

export function emptyBudget(jobCodeId = '', workState = ''): BudgetValues {
  return { jobCodeId, workState, coverageTypes: [...COVERAGE_TYPES], wage: '', assignmentCount: '1' };
}

type Problems = Partial<Record<'jobCodeId' | 'workState' | 'coverageTypes' | 'wage' | 'assignmentCount', string>>;

/** The estimatePremium input of the values, or what is still missing or wrong, field by field. */
function budgetInput(values: BudgetValues): { input: PremiumEstimateInput | null; problems: Problems } {
  const problems: Problems = {};
  if (!values.jobCodeId) problems.jobCodeId = 'Choose a job code';
  if (!isUsStateCode(values.workState)) problems.workState = 'Choose a work state';
  if (values.coverageTypes.length === 0) problems.coverageTypes = 'Choose at least one coverage type';
  const wageCents = wageCentsSchema.safeParse(parseDollarsToCents(values.wage));
  if (!wageCents.success) problems.wage = values.wage.trim() === '' ? 'Enter the wage of one assignment' : (wageCents.error.issues[0]?.message ?? 'Enter a wage in dollars');
  const count = assignmentCountSchema.safeParse(/^\d+$/.test(values.assignmentCount.trim()) ? Number(values.assignmentCount) : Number.NaN);
  if (!count.success) problems.assignmentCount = count.error.issues[0]?.message ?? 'Enter a whole number';
  if (Object.keys(problems).length > 0 || !wageCents.success || !count.success) return { input: null, problems };
  return {
    input: { jobCodeId: values.jobCodeId, workState: values.workState, coverageTypes: values.coverageTypes, wageCents: wageCents.data, assignmentCount: count.data },
    problems,
  };
}

type Estimate = BudgetEstimateQuery['estimatePremium'];

function BudgetLines({ estimate, wage }: { estimate: Estimate; wage: string }) {
  const wageCents = parseDollarsToCents(wage) ?? 0;
  return (
    <Stack gap="sm">
      {estimate.lines.map((line) => (
        <Group key={line.coverageType} justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={0} miw={0}>
            <Text size="sm" fw={600}>
              {COVERAGE_TYPE_LABELS[line.coverageType]}
            </Text>
            <Text size="xs" c="gray.7">
              {formatCents(wageCents)} at {describeRate(line.rate, line.basis === 'PER_100' ? 'PER_100' : 'PER_1000')} = {formatCents(line.rateCents)}
            </Text>
            {line.minimumApplied ? (
              <Text size="xs" c="gray.7">
                Raised to the minimum premium of {formatCents(line.minimumPremiumCents)}
              </Text>
            ) : null}
          </Stack>
          <Text size="sm" fw={600}>
            {formatCents(line.cents)}
          </Text>
        </Group>
      ))}
      <Divider />
      <Group justify="space-between" align="baseline" gap="sm">
        <Text fw={600}>Per assignment</Text>
        <Text fw={700} data-testid="budget-per-assignment">
          {formatCents(estimate.perAssignmentCents)}
        </Text>
      </Group>
      <Group justify="space-between" align="baseline" gap="xs">
        <Text fw={700}>
          Total for {estimate.assignmentCount} {estimate.assignmentCount === 1 ? 'assignment' : 'assignments'}
        </Text>
        <Text fw={800} size="xl" data-testid="budget-total">
          {formatCents(estimate.budgetTotalCents)}
        </Text>
      </Group>
    </Stack>
  );
}

export function BudgetCalculator({
  values,
  onChange,
  jobCodes,
  headingId,
}: {
  values: BudgetValues;
  onChange: (values: BudgetValues) => void;
  jobCodes: readonly { id: string; title: string }[];
  headingId: string;
}) {
  const navigate = useNavigate();
  const [touched, setTouched] = useState(false);
  const { input, problems } = budgetInput(values);
  // Wait for a pause in typing before asking the server (compared by content, not identity).
  const key = input ? JSON.stringify(input) : null;
  const [debouncedKey] = useDebouncedValue(key, 300);
  const debounced = useMemo(() => (debouncedKey ? (JSON.parse(debouncedKey) as PremiumEstimateInput) : null), [debouncedKey]);
  const { data, loading, error } = useQuery(BudgetEstimateQuery, debounced ? { variables: { input: debounced } } : skipToken);
  const settled = key !== null && key === debouncedKey && !loading;
  const estimate = settled ? data?.estimatePremium : undefined;
  const change = (patch: Partial<BudgetValues>) => {
    setTouched(true);
    onChange({ ...values, ...patch });
  };
  const shown = (field: keyof Problems) => (touched && values[field].length > 0 ? problems[field] : undefined);

  return (
    <Stack gap="md">
      <Title order={2} size="h3" id={headingId}>
        Budget calculator
      </Title>
      <Text size="sm" c="gray.7">
        The premium of one assignment is exactly what Coverline charges for an assignment created with these details.
      </Text>
      <NativeSelect
        label="Job code"
        data={[{ value: '', label: 'Choose a job code' }, ...jobCodes.map((code) => ({ value: code.id, label: code.title }))]}
        value={values.jobCodeId}
        onChange={(event) => change({ jobCodeId: event.currentTarget.value })}
      />
      <UsStateSelect label="Work state" value={values.workState} onChange={(event) => change({ workState: event.currentTarget.value })} />
      <Checkbox.Group
        label="Coverage types"
        value={values.coverageTypes}
        onChange={(types) => change({ coverageTypes: types.filter((type): type is CoverageType => (COVERAGE_TYPES as readonly string[]).includes(type)) })}
        error={touched ? problems.coverageTypes : undefined}
      >
        <Stack gap="xs" mt="xs">
          {COVERAGE_TYPES.map((type) => (
            <Checkbox key={type} value={type} label={COVERAGE_TYPE_LABELS[type]} />
          ))}
        </Stack>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 1 }} spacing="sm">
        <TextInput
          label="Wage per assignment"
          description="In US dollars"
          leftSection={<Text span c="gray.7" aria-hidden="true">$</Text>}
          inputMode="decimal"
          autoComplete="off"
          placeholder="0.00"
          value={values.wage}
          onChange={(event) => change({ wage: event.currentTarget.value })}
          error={shown('wage')}
        />
        <TextInput
          label="Assignments"
          description="How many alike assignments"
          inputMode="numeric"
          autoComplete="off"
          value={values.assignmentCount}
          onChange={(event) => change({ assignmentCount: event.currentTarget.value })}
          error={shown('assignmentCount')}
        />
      </SimpleGrid>

      <div aria-live="polite" aria-busy={input !== null && !settled}>
        {!input ? (
          <Text size="sm" c="gray.7">
            Choose a job code, a work state and the coverage, and enter the wage to see the premium.
          </Text>
        ) : error && settled ? (
          <Text size="sm" c="red.9" role="alert">
            {errorMessage(error)}
          </Text>
        ) : estimate ? (
          <BudgetLines estimate={estimate} wage={values.wage} />
        ) : (
          <Group gap="xs">
            <Loader size="xs" aria-hidden="true" />
            <Text size="sm" c="gray.7">
              Working out the premium…
            </Text>
          </Group>
        )}
      </div>

      <Button
        disabled={!estimate}
        onClick={() =>
          void navigate(`/assignments/new?${prefillSearchParams({ jobCodeId: values.jobCodeId, workState: values.workState, coverageTypes: values.coverageTypes, wage: values.wage.trim() }).toString()}`)
        }
      >
        Use this
      </Button>
      {estimate && isUsStateCode(values.workState) ? (
        <Text size="xs" c="gray.7">
          Starts a new assignment in {usStateName(values.workState)} with this job code, coverage and wage: you choose the contractor next.
        </Text>
      ) : null}
    </Stack>
  );
}
