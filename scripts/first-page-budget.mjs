// Fails when an app's first page needs more than 150 kB of compressed JavaScript (issue 13), from the
// built apps' Vite manifests: the entry and everything it imports statically, plus the lazy route
// modules the page opens and their static imports, each counted once at its brotli size (the file
// itself when it is too small to have been compressed). Run after `pnpm build` (`pnpm test` does); `--list`
// prints the chunks. It fails when a page that fits the budget grows past it; the pages not yet within it
// (the contractor's link and the signed-in Hub, which need Apollo) are printed, not enforced.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 150_000;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Each app's first pages, as the source modules of the lazy routes they open, and whether the budget is enforced on them yet (the table the build's preloads come from too). */
const FIRST_PAGES = JSON.parse(fs.readFileSync(path.join(root, 'packages/ui/build/first-pages.json'), 'utf8'));

function compressedSize(file) {
  return fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : fs.statSync(file).size;
}

/** The chunks `keys` load before they run: themselves and their static imports, transitively. */
function chunksLoaded(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen].map((key) => manifest[key].file);
}

const list = process.argv.includes('--list');
const overBudget = [];
for (const [app, pages] of Object.entries(FIRST_PAGES)) {
  const dist = path.join(root, `web-${app}`, 'dist');
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  for (const [page, { routeModules, budgetEnforced: enforced }] of Object.entries(pages)) {
    const files = chunksLoaded(manifest, ['index.html', ...routeModules]).map((file) => ({ file, bytes: compressedSize(path.join(dist, file)) }));
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
