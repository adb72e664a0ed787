// Webhook events, named as 1099Policy names them so an integration can move across (API.md, "Integrations").
export const WEBHOOK_EVENT_TYPES = [
  'application.started',
  'application.complete',
  'policy.active',
  'assignment.active',
  'assignment.cancelled',
  'assignment.extended',
  'certificate.issued',
  'certificate.voided',
  'invoice.issued',
  'payment.succeeded',
  'payment.failed',
  'category.approved',
  'category.rejected',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
