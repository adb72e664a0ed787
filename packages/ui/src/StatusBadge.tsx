// A status said in words on a tinted badge; the text is a dark shade of the tint so it passes AA.
import type { ReactNode } from 'react';
import { Badge, type BadgeProps } from '@mantine/core';

export type StatusTone = 'success' | 'info' | 'warning' | 'danger' | 'neutral' | 'pending';

const TONE_COLORS: Record<StatusTone, string> = {
  success: 'green',
  info: 'blue',
  warning: 'orange',
  danger: 'red',
  neutral: 'gray',
  pending: 'violet',
};

/** Text on the light tint: Mantine's shade 9 of orange and blue still falls under 4.5:1 there. */
const TONE_TEXT: Record<StatusTone, string> = {
  success: '#1b5e20',
  info: '#0b4f8a',
  warning: '#8a3106',
  danger: '#9b1c1c',
  neutral: 'var(--mantine-color-gray-8)',
  pending: '#5f3dc4',
};

const ASSIGNMENT_TONES: Record<string, StatusTone> = {
  PENDING_APPROVAL: 'pending',
  AWAITING_OPT_IN: 'warning',
  AWAITING_PAYMENT: 'info',
  COVERED: 'success',
  ENDED: 'neutral',
  OPTED_OUT: 'neutral',
  DECLINED: 'danger',
  CANCELLED: 'neutral',
};

// Green only for covered; a declined payment is the one to act on (red).
const CONTRACTOR_COVERAGE_TONES: Record<string, StatusTone> = {
  PAYMENT_DECLINED: 'danger',
  NEEDS_OPT_IN: 'warning',
  AWAITING_PAYMENT: 'info',
  PENDING_APPROVAL: 'pending',
  COVERED: 'success',
  NO_CURRENT_ASSIGNMENT: 'neutral',
  NOT_INVITED: 'neutral',
};

/** The dark shade of a tone: AA for text on white or on its tint, and for white text on it (charts). */
export function toneTextColor(tone: StatusTone): string {
  return TONE_TEXT[tone];
}

/** The tone of an assignment status (`AssignmentStatus` of the API). */
export function assignmentStatusTone(status: string): StatusTone {
  return ASSIGNMENT_TONES[status] ?? 'neutral';
}

/** The tone of a contractor's coverage status (`ContractorCoverageStatus` of the API). */
export function contractorCoverageTone(status: string): StatusTone {
  return CONTRACTOR_COVERAGE_TONES[status] ?? 'neutral';
}

export interface StatusBadgeProps extends Omit<BadgeProps, 'color' | 'variant' | 'children'> {
  tone: StatusTone;
  children: ReactNode;
}

export function StatusBadge({ tone, children, ...props }: StatusBadgeProps) {
  const color = TONE_COLORS[tone];
  return (
    <Badge
      variant="light"
      color={color}
      vars={() => ({ root: { '--badge-color': TONE_TEXT[tone] } })}
      radius="sm"
      tt="none"
      fw={600}
      size="md"
      style={{ flexShrink: 0 }}
      // Mantine cuts a long label with an ellipsis; a status must be read whole (a table cell sizes to it).
      styles={{ label: { overflow: 'visible' } }}
      {...props}
    >
      {children}
    </Badge>
  );
}
