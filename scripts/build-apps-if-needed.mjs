#!/usr/bin/env node
// Before `pnpm start` and `pnpm bench`: builds the three apps when a build is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDirs = (app) => [`web-${app}/src`, `web-${app}/index.html`, 'packages/ui/src', 'packages/ui/build', 'packages/domain/src'];

function newestMtime(target) {
  const absolute = path.join(root, target);
  if (!fs.existsSync(absolute)) return 0;
  const stat = fs.statSync(absolute);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(absolute).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

const stale = ['agency', 'facility', 'contractor'].filter((app) => {
  const built = path.join(root, `web-${app}/dist/index.html`);
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return sourceDirs(app).some((dir) => newestMtime(dir) > builtAt);
});

for (const app of stale) {
  console.log(`building the ${app} app…`);
  const result = spawnSync('pnpm', ['--filter', `@coverline/web-${app}`, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
