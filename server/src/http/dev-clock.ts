// Development only: move the server's clock forward, so a person or a browser journey can see what
// happens "24 hours later" (a due charge, an ended assignment) without waiting.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServerDependencies } from '../dependencies.js';

export type AdjustableClock = { now: () => Date; advance: (ms: number) => void };

export function createAdjustableClock(base: () => Date = () => new Date()): AdjustableClock {
  let offsetMs = 0;
  return { now: () => new Date(base().getTime() + offsetMs), advance: (ms) => void (offsetMs += ms) };
}

const advanceSchema = z.object({ hours: z.number().positive().max(24 * 400) });

export function registerDevClock(fastify: FastifyInstance, deps: ServerDependencies, clock: AdjustableClock, afterAdvance: () => Promise<void>): void {
  fastify.get('/dev/clock', async () => ({ now: deps.now().toISOString() }));
  fastify.post('/dev/clock/advance', async (request, reply) => {
    const parsed = advanceSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: 'Send {"hours": <a positive number>}' });
    clock.advance(parsed.data.hours * 3600_000);
    await afterAdvance();
    return { now: deps.now().toISOString() };
  });
}
