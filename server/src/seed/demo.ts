// Placeholder until the demo data loader lands (being written now).
import type { ServerDependencies } from '../dependencies.js';

export type DemoSummary = { lines: string[] };

export async function loadDemoDataIfEmpty(_deps: ServerDependencies): Promise<DemoSummary | null> {
  return null;
}
