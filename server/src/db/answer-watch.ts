// Bounds the wait for a database that accepts connections but stops answering (a partition, a frozen
// host). statement_timeout is PostgreSQL's own, so it cannot end a wait for an answer that never
// comes, and postgres.js waits for ever. Here, once a statement has waited `silenceMs`, a probe asks
// PostgreSQL `select 1` on a connection of its own: answered, the statement is merely slow and keeps
// its statement_timeout; unanswered within `probeMs`, the database is silent. Every wait then ends
// as DatabaseSilentError (503), and new statements are refused before they are sent, until a probe
// is answered again. A statement given up on stays in flight: its connection goes back to its pool
// only once PostgreSQL answers it (scoped-database.ts), so the pools recover by themselves.

/** The database did not answer in time (a probe went unanswered too): answered 503, like a connection that failed. */
export class DatabaseSilentError extends Error {
  /** Read by isDatabaseUnavailable, as postgres.js's own codes are. */
  readonly code = 'DATABASE_SILENT';
  constructor() {
    super('the database accepted the connection but did not answer');
  }
}

type Waiting = { since: number; giveUp: (error: DatabaseSilentError) => void };

export class AnswerWatch {
  readonly #waiting = new Set<Waiting>();
  #silent = false;
  #probing = false;
  #probedAt = -Infinity;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    /** Resolves once PostgreSQL has answered a trivial statement on a connection that no statement waits on. */
    private readonly probe: (withinMs: number) => Promise<void>,
    private readonly silenceMs: number,
    /** Longer than `silenceMs`: a busy machine's slow `select 1` must not pass for a silent database. */
    private readonly probeMs: number,
  ) {}

  /** Refuses to send a statement while the database is silent: it would only wait for ever too. */
  refuseWhileSilent(): void {
    if (this.#silent) throw new DatabaseSilentError();
  }

  /** `answer`, or DatabaseSilentError once the database is found silent while it waits. */
  waitFor<T>(answer: PromiseLike<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiting: Waiting = { since: performance.now(), giveUp: reject };
      this.#waiting.add(waiting);
      const settled = () => this.#waiting.delete(waiting);
      answer.then(
        (value) => (settled(), resolve(value)),
        (error: unknown) => (settled(), reject(error)),
      );
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#timer || (this.#waiting.size === 0 && !this.#silent)) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#check();
    }, this.silenceMs / 4);
    // The watch never keeps the process alive by itself.
    this.#timer.unref();
  }

  async #check(): Promise<void> {
    const now = performance.now();
    const longest = Math.max(0, ...[...this.#waiting].map((waiting) => now - waiting.since));
    // At most one probe each `silenceMs`: a statement that is merely slow is not probed for at every tick.
    if (!this.#probing && (this.#silent || longest >= this.silenceMs) && now - this.#probedAt >= this.silenceMs) {
      this.#probing = true;
      this.#probedAt = now;
      const answered = await this.probe(this.probeMs).then(
        () => true,
        () => false,
      );
      this.#probing = false;
      this.#silent = !answered;
      if (this.#silent) {
        for (const waiting of this.#waiting) waiting.giveUp(new DatabaseSilentError());
        this.#waiting.clear();
      }
    }
    this.#schedule();
  }
}
