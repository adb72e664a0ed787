// An endpoint's deliveries, newest first: each one's event, when it was made, how it went (status,
// attempts, the last answer's status code and time), and, opened, every attempt with what the
// endpoint answered; a delivery can be sent again.
import { useMutation } from '@apollo/client/react';
import { Accordion, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorAlert, RelativeTime, StatusBadge, errorMessage, formatDateTime, type StatusTone } from '@coverline/ui';
import { graphql } from '../../gql';
import type { WebhookDeliveryLog_DeliveryFragment, WebhookDeliveryStatus } from '../../gql/graphql';

export const WebhookDeliveryLog_delivery = graphql(`
  fragment WebhookDeliveryLog_delivery on WebhookDelivery {
    id
    status
    attempts
    lastStatusCode
    lastAttemptAt
    nextAttemptAt
    deliveredAt
    createdAt
    event {
      id
      type
    }
    attemptLog {
      id
      at
      statusCode
      latencyMs
      responseSnippet
      error
    }
  }
`);

const ResendWebhookDeliveryMutation = graphql(`
  mutation ResendWebhookDelivery($id: ID!) {
    resendWebhookDelivery(id: $id) {
      id
    }
  }
`);

type Delivery = WebhookDeliveryLog_DeliveryFragment;

const STATUS: Record<WebhookDeliveryStatus, { label: string; tone: StatusTone }> = {
  PENDING: { label: 'Pending', tone: 'pending' },
  DELIVERED: { label: 'Delivered', tone: 'success' },
  FAILED: { label: 'Failed', tone: 'danger' },
};

function statusOf(delivery: Delivery) {
  // A pending delivery that has been tried already is being retried: worth a warning, not a shrug.
  if (delivery.status === 'PENDING' && delivery.attempts > 0) return { label: 'Retrying', tone: 'warning' as const };
  return STATUS[delivery.status];
}

function lastLatency(delivery: Delivery): number | null {
  return delivery.attemptLog.at(-1)?.latencyMs ?? null;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" span>
      <Text span size="sm" c="dimmed">
        {label}{' '}
      </Text>
      {children}
    </Text>
  );
}

function ResendAction({ delivery }: { delivery: Delivery }) {
  const [resend, resending] = useMutation(ResendWebhookDeliveryMutation, { refetchQueries: ['WebhookEndpointRoute'], awaitRefetchQueries: true });
  const [error, setError] = useState<string | null>(null);
  const resendNow = async () => {
    setError(null);
    try {
      await resend({ variables: { id: delivery.id } });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <Stack gap={4} align="flex-start">
      <Button size="compact-sm" variant="default" loading={resending.loading} onClick={() => void resendNow()}>
        Resend<span className="coverline-visually-hidden"> {delivery.event.type}</span>
      </Button>
      {error ? <ErrorAlert title="It was not resent" message={error} /> : null}
    </Stack>
  );
}

function Attempts({ delivery }: { delivery: Delivery }) {
  if (delivery.attemptLog.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Not tried yet: an endpoint gets its events in order, so each waits for the one before it.
      </Text>
    );
  }
  return (
    <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={`Attempts to deliver ${delivery.event.type}`}>
      {delivery.attemptLog.map((attempt, index) => (
        <Stack component="li" key={attempt.id} gap={4}>
          <Group gap="md" wrap="wrap">
            <Text size="sm" fw={600}>
              Attempt {index + 1}
            </Text>
            <Fact label="at">{formatDateTime(attempt.at, { withTimeZone: true })}</Fact>
            <Fact label="status">{attempt.statusCode ?? 'no answer'}</Fact>
            <Fact label="took">{attempt.latencyMs} ms</Fact>
          </Group>
          {attempt.error ? (
            <Text size="sm" c="red.9">
              {attempt.error}
            </Text>
          ) : null}
          {attempt.responseSnippet ? (
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {attempt.responseSnippet}
            </Code>
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
}

export function WebhookDeliveryLog({ deliveries }: { deliveries: readonly Delivery[] }) {
  if (deliveries.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="lg">
        No deliveries yet. Each event this endpoint subscribes to appears here as soon as it happens.
      </Text>
    );
  }
  return (
    <Accordion variant="separated" multiple chevronPosition="left" aria-label="Deliveries">
      {deliveries.map((delivery) => {
        const status = statusOf(delivery);
        const latency = lastLatency(delivery);
        return (
          <Accordion.Item key={delivery.id} value={delivery.id} role="group" aria-label={`Delivery of event ${delivery.event.id}`}>
            <Accordion.Control>
              <Group gap="md" wrap="wrap" justify="space-between">
                <Group gap="sm" wrap="wrap">
                  <Text size="sm" fw={600} ff="monospace">
                    {delivery.event.type}
                  </Text>
                  <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                </Group>
                <Group gap="md" wrap="wrap">
                  <Fact label="created">
                    <RelativeTime value={delivery.createdAt} />
                  </Fact>
                  <Fact label="attempts">{delivery.attempts}</Fact>
                  <Fact label="last status">{delivery.lastStatusCode ?? '—'}</Fact>
                  <Fact label="latency">{latency === null ? '—' : `${latency} ms`}</Fact>
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="md">
                <Attempts delivery={delivery} />
                <Group gap="md" wrap="wrap">
                  <Fact label="event">
                    <Code>{delivery.event.id}</Code>
                  </Fact>
                  {delivery.nextAttemptAt && delivery.status === 'PENDING' ? <Fact label="next attempt">{formatDateTime(delivery.nextAttemptAt, { withTimeZone: true })}</Fact> : null}
                </Group>
                <ResendAction delivery={delivery} />
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
