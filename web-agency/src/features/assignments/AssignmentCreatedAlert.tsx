// Right after "Create": what the new assignment's status is and what happens next, in words.
import { useEffect, useRef } from 'react';
import { Alert, Text } from '@mantine/core';

export interface CreatedAssignmentNotice {
  jobName: string;
  status: string;
  statusLabel: string;
  nextStep: string;
}

const COLORS: Record<string, string> = { COVERED: 'green', PENDING_APPROVAL: 'violet' };

export function AssignmentCreatedAlert({ notice, onClose }: { notice: CreatedAssignmentNotice; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  // Move focus here so keyboard and screen-reader users land on the outcome.
  useEffect(() => ref.current?.focus(), []);
  const color = COLORS[notice.status] ?? 'blue';
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color={color}
      variant="light"
      role="status"
      title={`New assignment created: ${notice.statusLabel}`}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
      styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Text size="sm">
        <strong>{notice.jobName}</strong>: {notice.nextStep}
      </Text>
    </Alert>
  );
}
