// Starts the real server for the browser journeys on a fresh embedded database with the demo data.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(root, '.data/e2e');
fs.rmSync(dataDir, { recursive: true, force: true });

const server = spawn('pnpm', ['--filter', '@coverline/server', 'exec', 'tsx', 'src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '25449',
    // A throwaway database for the journeys: speed over crash safety.
    EMBEDDED_PG_FSYNC: 'off',
    LOG_LEVEL: 'warn',
    SMTP_URL: '',
    DATABASE_URL: '',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGINT'));
server.on('exit', (code) => process.exit(code ?? 0));
