#!/usr/bin/env node
// `pnpm dev`: the API (restarting on change) and the three Vite dev servers with hot reload.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const processes = [
  ['api', ['--filter', '@coverline/server', 'exec', 'tsx', 'watch', '--clear-screen=false', 'src/main.ts']],
  ['agency', ['--filter', '@coverline/web-agency', 'dev']],
  ['facility', ['--filter', '@coverline/web-facility', 'dev']],
  ['contractor', ['--filter', '@coverline/web-contractor', 'dev']],
].map(([name, args]) => {
  const child = spawn('pnpm', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}]`.padEnd(13);
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) process.stdout.write(`${prefix}${line}\n`);
    });
  }
  return child;
});

console.log('Dev servers: agency http://127.0.0.1:5173/agency/ · facility http://127.0.0.1:5174/facility/ · contractor http://127.0.0.1:5175/contractor/ (API on :4000)');
const stop = () => {
  for (const child of processes) child.kill('SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
