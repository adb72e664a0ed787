// The events an endpoint subscribes to: checkboxes grouped by what they are about, a "select all" for
// every group and one for all of them, so subscribing to everything is one click.
import { Checkbox, Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { groupWebhookEventTypes } from './webhook-event-groups';

export interface WebhookEventsFieldProps {
  eventTypes: readonly string[];
  value: readonly string[];
  onChange: (events: string[]) => void;
  error?: string;
}

function SelectAll({ label, types, value, onChange }: { label: string; types: readonly string[]; value: readonly string[]; onChange: (events: string[]) => void }) {
  const chosen = types.filter((type) => value.includes(type)).length;
  return (
    <Checkbox
      label={label}
      fw={600}
      checked={chosen === types.length}
      indeterminate={chosen > 0 && chosen < types.length}
      onChange={(event) => onChange(event.currentTarget.checked ? [...new Set([...value, ...types])] : value.filter((type) => !types.includes(type)))}
    />
  );
}

export function WebhookEventsField({ eventTypes, value, onChange, error }: WebhookEventsFieldProps) {
  const groups = groupWebhookEventTypes(eventTypes);
  return (
    <Fieldset
      legend="Events"
      variant="unstyled"
      styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 'var(--mantine-spacing-xs)' } }}
      aria-describedby={error ? 'webhook-events-error' : undefined}
    >
      <Stack gap="sm">
        <SelectAll label="Select all events" types={eventTypes} value={value} onChange={onChange} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="md">
          {groups.map((group) => (
            <Stack key={group.key} gap={6} role="group" aria-label={group.label}>
              <SelectAll label={group.label} types={group.types} value={value} onChange={onChange} />
              <Stack gap={4} pl="lg">
                {group.types.map((type) => (
                  <Checkbox
                    key={type}
                    label={type}
                    styles={{ label: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-sm)' } }}
                    checked={value.includes(type)}
                    onChange={(event) => onChange(event.currentTarget.checked ? [...value, type] : value.filter((chosen) => chosen !== type))}
                  />
                ))}
              </Stack>
            </Stack>
          ))}
        </SimpleGrid>
        {error ? (
          <Text id="webhook-events-error" size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
