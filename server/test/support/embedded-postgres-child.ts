// Run by embedded-database.test.ts as a separate process: starts the embedded PostgreSQL on the given
// data directory and port, says "ready" with the postmaster's pid, then waits to be killed.
import fs from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) throw new Error('usage: embedded-postgres-child.ts <dataDir> <port>');
await startEmbeddedPostgres({ dataDir, port: Number(port), logger: pino({ level: 'silent' }) });
const pidFile = await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
process.stdout.write(`ready ${pidFile.split('\n')[0]}\n`);
setInterval(() => {}, 60_000);
