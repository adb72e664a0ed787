// The bench's load: autocannon on a worker thread of its own. On the server's event loop (where it
// ran until 2026-12-04) the load tool took the server's time between requests and counted its own
// work in every latency, Coverline's and PostGraphile's alike.
import autocannon from 'autocannon';

export type LoadRequest = { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };

/** `connections` on `request` for `seconds`; an answer that is not exactly `expected` counts as a mismatch. */
export function loadFromItsOwnThread(request: LoadRequest, { connections, seconds, expected }: { connections: number; seconds: number; expected: string }): Promise<autocannon.Result> {
  return autocannon({ ...request, connections, duration: seconds, workers: 1, expectBody: expected });
}
