// The premium of what is filled in so far, from the rate table (estimatePremium), before Create.
import { useMemo } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { COVERAGE_TYPE_LABELS, basisOfCoverage, describeRate, formatCents } from '@coverline/domain';
import { errorMessage } from '@coverline/ui';
import { graphql } from '../../gql';
import type { PremiumEstimateInput } from '../../gql/graphql';

const EstimatePremiumQuery = graphql(`
  query EstimatePremium($input: PremiumEstimateInput!) {
    estimatePremium(input: $input) {
      totalCents
      lines {
        coverageType
        rate
        basis
        cents
        minimumApplied
      }
    }
  }
`);

export function PremiumEstimate({ input, payerSentence }: { input: PremiumEstimateInput | null; payerSentence: string }) {
  // Wait for a pause in typing before asking the server (compared by content, not identity).
  const key = input ? JSON.stringify(input) : null;
  const [debouncedKey] = useDebouncedValue(key, 400);
  const debounced = useMemo(
    () => (debouncedKey ? (JSON.parse(debouncedKey) as PremiumEstimateInput) : null),
    [debouncedKey],
  );
  const { data, previousData, loading, error } = useQuery(
    EstimatePremiumQuery,
    debounced ? { variables: { input: debounced } } : skipToken,
  );
  const settling = key !== debouncedKey;
  const estimate = (data ?? (loading || settling ? previousData : undefined))?.estimatePremium;

  if (!input) {
    return (
      <Text size="sm" c="dimmed">
        Choose a job category and enter the wage to see the premium.
      </Text>
    );
  }
  if (error && !settling && !loading) {
    return (
      <Text size="sm" c="red.9" role="alert">
        {errorMessage(error)}
      </Text>
    );
  }
  if (!estimate) {
    return (
      <Group gap="xs">
        <Loader size="xs" aria-hidden="true" />
        <Text size="sm" c="dimmed">
          Working out the premium…
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap="sm" aria-busy={loading || settling}>
      {estimate.lines.map((line) => (
        <Group key={line.coverageType} justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={0}>
            <Text size="sm" fw={500}>
              {COVERAGE_TYPE_LABELS[line.coverageType]}
            </Text>
            <Text size="xs" c="dimmed">
              {line.minimumApplied ? 'Minimum premium applies' : describeRate(line.rate, basisOfCoverage(line.coverageType))}
            </Text>
          </Stack>
          <Text size="sm" fw={500}>
            {formatCents(line.cents)}
          </Text>
        </Group>
      ))}
      <Divider />
      <Group justify="space-between" align="baseline">
        <Text fw={700}>Total premium</Text>
        <Text fw={800} size="xl" aria-live="polite">
          {formatCents(estimate.totalCents)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {payerSentence}
      </Text>
    </Stack>
  );
}
