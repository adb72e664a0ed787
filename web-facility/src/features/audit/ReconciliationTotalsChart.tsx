// The totals of a reconciliation as one bar: how much of the audited money is proven covered.
import { Group, Progress, Stack, Text } from '@mantine/core';
import { formatCents, RECONCILIATION_STATUS_LABELS } from '@coverline/domain';
import { toneTextColor, type StatusTone } from '@coverline/ui';
import type { ReconciliationStatus } from '../../gql/graphql';

export const STATUS_TONES: Record<ReconciliationStatus, StatusTone> = { MATCHED: 'success', UNMATCHED: 'danger', AMBIGUOUS: 'warning' };

type Total = { status: ReconciliationStatus; count: number; amountCents: number };

export function ReconciliationTotalsChart({ totals }: { totals: readonly Total[] }) {
  const amount = totals.reduce((sum, total) => sum + total.amountCents, 0);
  const payments = totals.reduce((sum, total) => sum + total.count, 0);
  const matched = totals.find((total) => total.status === 'MATCHED');
  const share = amount > 0 ? Math.round(((matched?.amountCents ?? 0) / amount) * 100) : 0;
  return (
    <Stack gap="xs">
      <Text fw={600} role="status">
        {share}% of {formatCents(amount)} in {payments === 1 ? '1 payment' : `${payments} payments`} is proven covered
      </Text>
      <Progress.Root size={22} radius="sm" aria-hidden="true">
        {totals.map((total) =>
          total.amountCents > 0 ? (
            <Progress.Section key={total.status} value={(total.amountCents / amount) * 100} color={toneTextColor(STATUS_TONES[total.status])}>
              <Progress.Label>{RECONCILIATION_STATUS_LABELS[total.status]}</Progress.Label>
            </Progress.Section>
          ) : null,
        )}
      </Progress.Root>
      <Group gap="lg" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Totals by result">
        {totals.map((total) => (
          <Text component="li" key={total.status} size="sm">
            <Text span fw={700} c={toneTextColor(STATUS_TONES[total.status])}>
              {RECONCILIATION_STATUS_LABELS[total.status]}
            </Text>
            : {total.count} {total.count === 1 ? 'payment' : 'payments'}, {formatCents(total.amountCents)}
          </Text>
        ))}
      </Group>
    </Stack>
  );
}
