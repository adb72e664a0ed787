// Serves the three built apps under /agency/, /facility/ and /contractor/, with client-side routing.
// Each file goes out as the brotli or gzip copy the build wrote beside it (packages/ui/build), when the
// browser accepts one; files under assets/ are named by their content's hash, so browsers keep them
// for a year without asking again, while a page always checks for a newer build.
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
      // A list: with preCompressed, @fastify/static looks a directory's index up only in a list.
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => reply.header('cache-control', filePath.startsWith(hashedAssets) ? HASHED_ASSET_CACHE_CONTROL : PAGE_CACHE_CONTROL),
    });
    const indexHtml = fs.readFileSync(path.join(root, 'index.html'));
    // Any other path under the app is a client route: answer with the app's page (compressed on the way out).
    fastify.get(`/${app}/*`, (_request, reply) => reply.type('text/html').header('cache-control', PAGE_CACHE_CONTROL).send(indexHtml));
    fastify.get(`/${app}`, (_request, reply) => reply.redirect(`/${app}/`));
    served.push(app);
  }
  return served;
}
