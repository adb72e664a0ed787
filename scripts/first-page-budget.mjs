// Fails when an app's first page needs more than 150 kB of compressed JavaScript (issue 13): the
// scripts each first page loads before it paints, as the build listed them in its
// first-pages/index.json (the entry, its static imports, the lazy route modules the page opens and
// theirs; packages/ui/build/vite-app-config.ts), each counted once at its brotli size (the file itself
// when it is too small to have been compressed). Run after `pnpm build` (`pnpm test` does); `--list`
// prints the chunks. It fails when a page that fits the budget grows past it; the pages not yet within
// it (the contractor's link and the signed-in Hub, which need Apollo) are printed, not enforced.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 150_000;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The apps with first pages: the table the build writes each one's page and script list from. */
const APPS = Object.keys(JSON.parse(fs.readFileSync(path.join(root, 'packages/ui/build/first-pages.json'), 'utf8')));

function compressedSize(file) {
  return fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : fs.statSync(file).size;
}

const list = process.argv.includes('--list');
const overBudget = [];
for (const app of APPS) {
  const dist = path.join(root, `web-${app}`, 'dist');
  const { pages } = JSON.parse(fs.readFileSync(path.join(dist, 'first-pages/index.json'), 'utf8'));
  for (const { name: page, scripts, budgetEnforced: enforced } of pages) {
    const files = scripts.map((file) => ({ file, bytes: compressedSize(path.join(dist, file)) }));
    const total = files.reduce((sum, { bytes }) => sum + bytes, 0);
    console.log(`web-${app} ${page}: ${(total / 1000).toFixed(1)} kB of JavaScript (brotli), ${files.length} files${enforced ? '' : ' (not enforced yet)'}`);
    if (list) for (const { file, bytes } of files.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${(bytes / 1000).toFixed(1).padStart(6)} kB  ${file}`);
    if (enforced && total > BUDGET_BYTES) overBudget.push(`web-${app} ${page}`);
  }
}
if (overBudget.length > 0) {
  console.error(`Over the first-page budget of ${BUDGET_BYTES / 1000} kB of compressed JavaScript: ${overBudget.join(', ')}`);
  process.exit(1);
}
