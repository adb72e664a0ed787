// Build and dev-server settings shared by the three Vite apps, including their page: each app's
// index.html is only a frame that the `coverlineHtml` plugin fills in. Kept out of src/ because it
// runs in Node when Vite loads an app's config, never in the browser.
import react from '@vitejs/plugin-react';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin, UserConfig } from 'vite';
import { appBasePath, type CoverlineApp } from '../src/apollo.ts';
import { APP_TITLES } from '../src/app-titles.ts';

interface AppPage {
  /** Fixed dev-server port. */
  port: number;
  /** The page's description for search engines and link previews. */
  description: string;
}

const APPS: Record<CoverlineApp, AppPage> = {
  agency: {
    port: 5173,
    description: 'Coverline for agencies: coverage and certificates for every contractor assignment.',
  },
  facility: {
    port: 5174,
    description: 'Coverline Compliance Hub: certificates of insurance for the contractors who work at your facilities.',
  },
  contractor: {
    port: 5175,
    description: 'Coverline: your insurance coverage and certificates for each assignment.',
  },
};

/**
 * The head every app shares, its title and description, the element the app starts in and the
 * entry script. Runs before Vite reads the page (`order: 'pre'`), so the script is bundled as usual.
 */
function coverlineHtml({ title, description }: { title: string; description: string }): Plugin {
  return {
    name: 'coverline-html',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { charset: 'UTF-8' }, injectTo: 'head-prepend' },
        { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1.0' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'description', content: description }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'icon', href: 'data:,' }, injectTo: 'head' },
        { tag: 'title', children: title, injectTo: 'head' },
        { tag: 'div', attrs: { id: 'root' }, injectTo: 'body' },
        { tag: 'script', attrs: { type: 'module', src: '/src/main.tsx' }, injectTo: 'body' },
      ],
    },
  };
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
/** Below this, a compressed copy saves less than its own headers cost. */
const PRECOMPRESS_MIN_BYTES = 1024;

/**
 * Writes a brotli (`.br`, best quality) and a gzip (`.gz`) copy beside every built text file, for the
 * server to send as they are (its static files' `preCompressed`): the best compression, paid once
 * at build time instead of on every request.
 */
function precompressed(): Plugin {
  let outDir = '';
  return {
    name: 'coverline-precompressed',
    apply: 'build',
    configResolved: (config) => {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle: async (_options, bundle) => {
      const texts = Object.keys(bundle).filter((fileName) => /\.(?:js|css|html|svg|json)$/.test(fileName));
      await Promise.all(
        texts.map(async (fileName) => {
          const file = path.join(outDir, fileName);
          const source = await fs.readFile(file);
          if (source.length < PRECOMPRESS_MIN_BYTES) return;
          const brotliOptions = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length } };
          await Promise.all([
            fs.writeFile(`${file}.br`, await brotli(source, brotliOptions)),
            fs.writeFile(`${file}.gz`, await gzip(source, { level: zlib.constants.Z_BEST_COMPRESSION })),
          ]);
        }),
      );
    },
  };
}

/** A first page of an app (first-pages.json): its client route, and the source modules of the lazy routes it opens. */
interface FirstPage {
  /** Under the app's base, e.g. `/sign-in` or `/t/:token` (a `:name` segment matches any one). */
  path: string;
  /** Relative to the app's folder, e.g. `src/routes/sign-in.tsx`. */
  routeModules: string[];
  /** Whether `pnpm budget` fails the build when the page is over budget (scripts/first-page-budget.mjs). */
  budgetEnforced: boolean;
}

const FIRST_PAGES_FILE = fileURLToPath(new URL('./first-pages.json', import.meta.url));

/**
 * One page's HTML for each of the app's first pages, and which client route answers with which: what
 * server/src/http/apps.ts reads. With every script the page loads before it paints (the entry's and its
 * routes' chunks), which `pnpm budget` adds up (scripts/first-page-budget.mjs).
 */
interface FirstPageIndex {
  pages: { name: string; path: string; html: string; scripts: string[]; budgetEnforced: boolean }[];
}
const FIRST_PAGE_INDEX = 'first-pages/index.json';

/**
 * Writes, for each of the app's first pages (first-pages.json), the page with a `modulepreload` of
 * the chunks its lazy routes load, which are not among what the page's entry preloads already; the
 * server answers the route with it (server/src/http/apps.ts). Without them the browser asks for the
 * route's code only once the entry has run: one more round trip before the page paints (562 ms on
 * slow 4G).
 */
function firstPagePreloads(app: CoverlineApp): Plugin {
  let root = '';
  return {
    name: 'coverline-first-page-preloads',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const firstPages = (JSON.parse(await fs.readFile(FIRST_PAGES_FILE, 'utf8')) as Record<CoverlineApp, Record<string, FirstPage>>)[app];
        const page = bundle['index.html'];
        if (page?.type !== 'asset') this.error('the build wrote no index.html');
        const html = String(page.source);
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const chunkOfModule = new Map(chunks.flatMap((chunk) => (chunk.facadeModuleId ? [[chunk.facadeModuleId, chunk] as const] : [])));
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const loadedWith = (files: string[]) => {
          const seen = new Set<string>();
          const visit = (file: string) => {
            if (seen.has(file)) return;
            seen.add(file);
            byFile.get(file)?.imports.forEach(visit);
          };
          files.forEach(visit);
          return seen;
        };
        const preloadedByEntry = loadedWith(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const index: FirstPageIndex = { pages: [] };
        for (const [name, { path: routePath, routeModules, budgetEnforced }] of Object.entries(firstPages)) {
          const routeChunks = routeModules.map((module) => {
            const chunk = chunkOfModule.get(path.resolve(root, module));
            if (!chunk) this.error(`first-pages.json: ${app}'s "${name}" names ${module}, which is no chunk of the build`);
            return chunk.fileName;
          });
          const preloads = [...loadedWith(routeChunks)].filter((file) => !preloadedByEntry.has(file));
          const links = preloads.map((file) => `<link rel="modulepreload" crossorigin href="${appBasePath(app)}${file}">`).join('');
          const fileName = `first-pages/${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.html`;
          this.emitFile({ type: 'asset', fileName, source: html.replace('</head>', `${links}</head>`) });
          index.pages.push({ name, path: routePath, html: fileName, scripts: [...preloadedByEntry, ...preloads], budgetEnforced });
        }
        this.emitFile({ type: 'asset', fileName: FIRST_PAGE_INDEX, source: JSON.stringify(index) });
      },
    },
  };
}

/** A generated `gql/graphql.ts`'s documents, by the GraphQL name of their operation or fragment: the AST as JSON. */
async function generatedDocuments(gqlFolder: string): Promise<Map<string, string>> {
  const generated = await fs.readFile(path.join(gqlFolder, 'graphql.ts'), 'utf8');
  const documents = generated.matchAll(
    /^export const \w+ = (\{"kind":"Document","definitions":\[\{"kind":"\w+",(?:"operation":"\w+",)?"name":\{"kind":"Name","value":"(\w+)"\}.*\}) as unknown as DocumentNode<.*>;$/gm,
  );
  return new Map([...documents].map(([, document = '', name = '']) => [name, document]));
}

const GRAPHQL_IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*'((?:\.\.?\/)+gql)';\n?/;
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*,?\s*\)/g;
const DEFINITION_NAME = /\b(?:query|mutation|subscription|fragment)\s+(\w+)/;

/**
 * Replaces each `graphql(`...`)` call with its generated document, written where it is used (types
 * are unchanged: they come from the call's signature before the build). Codegen's `graphql()` looks
 * documents up in a map of every document of the app (`gql/gql.ts`), which no bundler can split, so
 * the first page that asked for one document downloaded them all; importing them from
 * `gql/graphql.ts` instead would still put every document used anywhere in that one module's chunk.
 */
function graphqlDocumentsInline(): Plugin {
  const documentsByFolder = new Map<string, Promise<Map<string, string>>>();
  return {
    name: 'coverline-graphql-documents-inline',
    enforce: 'pre',
    async transform(code, id) {
      if (id.includes('node_modules') || !/\.tsx?$/.test(id)) return;
      const gqlImport = GRAPHQL_IMPORT.exec(code);
      if (!gqlImport) return;
      const folder = path.resolve(path.dirname(id), gqlImport[1] ?? '');
      if (!documentsByFolder.has(folder)) documentsByFolder.set(folder, generatedDocuments(folder));
      const documents = await documentsByFolder.get(folder);
      const inlined = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const name = DEFINITION_NAME.exec(source)?.[1];
        const document = name ? documents?.get(name) : undefined;
        if (!document) this.error(`${path.relative(process.cwd(), id)}: no generated document for ${name ?? 'a graphql() call'} (run pnpm schema)`);
        return `(${document})`;
      });
      return { code: inlined.replace(GRAPHQL_IMPORT, ''), map: null };
    },
  };
}

const MANTINE_STYLES = fileURLToPath(new URL('../src/mantine.css', import.meta.url));
const MANTINE_CORE_STYLES = path.join(path.dirname(createRequire(import.meta.url).resolve('@mantine/core/styles.css')), 'styles');

/**
 * Fails the build when our code imports a Mantine component whose styles packages/ui/src/mantine.css
 * leaves out: the apps load only the components' styles listed there, and a page would otherwise come
 * out unstyled without an error.
 */
function mantineStylesListed(): Plugin {
  const imported = new Map<string, string>();
  return {
    name: 'coverline-mantine-styles-listed',
    apply: 'build',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.tsx?$/.test(id)) return;
      for (const [, names = ''] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]@mantine\/core['"]/g)) {
        for (const name of names.split(',').map((part) => part.trim().split(/\s+as\s+/)[0] ?? '')) {
          if (/^[A-Z]/.test(name)) imported.set(name, id);
        }
      }
    },
    async buildEnd() {
      const listed = await fs.readFile(MANTINE_STYLES, 'utf8');
      const styled = new Set((await fs.readdir(MANTINE_CORE_STYLES)).filter((file) => !file.includes('.layer.')).map((file) => file.replace(/\.css$/, '')));
      const missing = [...imported].filter(([name]) => styled.has(name) && !listed.includes(`styles/${name}.css'`));
      if (missing.length > 0) {
        this.error(`Mantine styles missing from packages/ui/src/mantine.css: ${missing.map(([name, id]) => `${name}.css (${path.relative(process.cwd(), id)})`).join(', ')}`);
      }
    },
  };
}

/** The Vite config of an app, served by the API server under `/<app>/` (e.g. http://127.0.0.1:4000/agency/). */
export function coverlineViteAppConfig(app: CoverlineApp): UserConfig {
  const page = APPS[app];
  // In development the API runs beside Vite; COVERLINE_API_URL points elsewhere when needed.
  const apiUrl = process.env.COVERLINE_API_URL ?? 'http://127.0.0.1:4000';
  return {
    base: appBasePath(app),
    plugins: [graphqlDocumentsInline(), react(), coverlineHtml({ title: APP_TITLES[app], description: page.description }), firstPagePreloads(app), precompressed(), mantineStylesListed()],
    server: {
      host: '127.0.0.1',
      port: page.port,
      strictPort: true,
      proxy: { '/graphql': apiUrl, '/dev': apiUrl, '/certificates': apiUrl, '/.well-known': apiUrl },
    },
    preview: { host: '127.0.0.1' },
    build: {
      outDir: 'dist',
      rolldownOptions: {
        output: {
          // Every page needs React and the router, every page but the sign-in pages Apollo: they
          // change less often than the apps, so their own chunks stay cached across releases.
          // Everything else (Mantine's components, forms, charts, tables) follows the routes that
          // import it (see lazyRoute). graphql-js stays out of Apollo's chunk: the sign-in pages use
          // its printer (requestGraphQL), and one module of a chunk loads the whole chunk.
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
              },
              // The rest of what every page runs (the providers, the theme, the viewer question) in
              // one file, graphql-js's printer (requestGraphQL) among it: first after React, so no other
              // group takes a module the entry needs into a file of its own. Sign-in LCP on slow 4G
              // 2.65 → 2.52 s (agency) and 2.72 → 2.46 s (Hub), docs/benchmarks.md.
              { name: 'shell', tags: ['$initial'] },
              // Before Apollo's group, which would otherwise take graphql-js in as its dependency.
              { name: 'graphql', test: /node_modules[\\/]graphql[\\/]/ },
              // TypeScript's helpers, which Apollo and Mantine's scroll lock (every dialog and popover) both
              // import: in Apollo's group they made a sign-in page with a popover load all of Apollo.
              { name: 'tslib', test: /node_modules[\\/]tslib[\\/]/ },
              // Apollo, with our hooks on it: were they left to the shared chunks, a sign-in page could
              // get one that they share with its form, and Apollo with it.
              {
                name: 'apollo',
                test: /node_modules[\\/](@apollo|rxjs|@wry|optimism)[\\/]|packages[\\/]ui[\\/]src[\\/]shell[\\/](viewer|use-sign-out)\./,
              },
              // What several routes share (Mantine's inputs, the data table, dialogs), in chunks of a
              // size worth a request each: on a slow network every request costs a round trip.
              { name: 'shared', minShareCount: 2, entriesAware: true, entriesAwareMergeThreshold: 24 * 1024 },
            ],
          },
        },
      },
    },
  };
}
