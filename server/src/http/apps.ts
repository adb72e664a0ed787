// Serves the three built apps under /agency/, /facility/ and /contractor/, with client-side routing.
// Each file goes out as the brotli or gzip copy the build wrote beside it (packages/ui/build), when the
// browser accepts one; files under assets/ are named by their content's hash, so browsers keep them
// for a year without asking again, while a page always checks for a newer build. An app's first pages
// (a sign-in page, the contractor's link) come with preloads of the code their route runs.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { APP_NAMES } from '../access/viewer.js';

export const HASHED_ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const PAGE_CACHE_CONTROL = 'no-cache';

export function appDistDir(app: string): string {
  return path.join(REPO_ROOT, `web-${app}`, 'dist');
}

/** Serves each app whose build (`distDirOf(app)`) exists; answers which. */
export async function registerApps(fastify: FastifyInstance, distDirOf: (app: string) => string = appDistDir): Promise<string[]> {
  const served: string[] = [];
  for (const app of APP_NAMES) {
    const root = distDirOf(app);
    if (!fs.existsSync(path.join(root, 'index.html'))) continue;
    const hashedAssets = path.join(root, 'assets') + path.sep;
    await fastify.register(fastifyStatic, {
      root,
      prefix: `/${app}/`,
      decorateReply: served.length === 0,
      wildcard: false,
      // The app's address is a client route like the others (its first page may be one, below).
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => reply.header('cache-control', filePath.startsWith(hashedAssets) ? HASHED_ASSET_CACHE_CONTROL : PAGE_CACHE_CONTROL),
    });
    const pageOf = appPages(root);
    // Any other path under the app is a client route: answer with its page (compressed on the way out).
    fastify.get(`/${app}/*`, (request, reply) =>
      reply
        .type('text/html')
        .header('cache-control', PAGE_CACHE_CONTROL)
        .send(pageOf(`/${(request.params as { '*': string })['*']}`)),
    );
    fastify.get(`/${app}`, (_request, reply) => reply.redirect(`/${app}/`));
    served.push(app);
  }
  return served;
}

/**
 * The page for each client route of a built app: its first pages' own (the build's first-pages/,
 * packages/ui/build/first-pages.json), which preload the code of the routes they open, and the
 * app's index.html for every other route.
 */
function appPages(root: string): (routePath: string) => Buffer {
  const indexHtml = fs.readFileSync(path.join(root, 'index.html'));
  const indexFile = path.join(root, 'first-pages', 'index.json');
  const firstPages = fs.existsSync(indexFile)
    ? (JSON.parse(fs.readFileSync(indexFile, 'utf8')) as { pages: { path: string; html: string }[] }).pages.map((page) => ({
        segments: segmentsOf(page.path),
        html: fs.readFileSync(path.join(root, page.html)),
      }))
    : [];
  return (routePath) => {
    const segments = segmentsOf(routePath);
    const page = firstPages.find((candidate) => candidate.segments.length === segments.length && candidate.segments.every((segment, i) => segment.startsWith(':') || segment === segments[i]));
    return page?.html ?? indexHtml;
  };
}

function segmentsOf(routePath: string): string[] {
  return routePath.split('/').filter((segment) => segment !== '');
}
