// The webhook event types in the groups a person thinks in (everything about an application, an
// assignment, a payment…), in the order the server lists them.
const GROUP_LABELS: Record<string, string> = {
  application: 'Applications',
  policy: 'Policies',
  assignment: 'Assignments',
  certificate: 'Certificates',
  invoice: 'Invoices',
  payment: 'Payments',
  category: 'Job categories',
};

export interface WebhookEventGroup {
  key: string;
  label: string;
  types: string[];
}

export function groupWebhookEventTypes(types: readonly string[]): WebhookEventGroup[] {
  const groups = new Map<string, WebhookEventGroup>();
  for (const type of types) {
    const key = type.split('.')[0] ?? type;
    const group = groups.get(key) ?? { key, label: GROUP_LABELS[key] ?? key, types: [] };
    group.types.push(type);
    groups.set(key, group);
  }
  return [...groups.values()];
}
