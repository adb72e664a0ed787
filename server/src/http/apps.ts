// Serves the three built apps under /agency/, /facility/ and /contractor/, with client-side routing.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { APP_NAMES } from '../access/viewer.js';

export function appDistDir(app: string): string {
  return path.join(REPO_ROOT, `web-${app}`, 'dist');
}

export async function registerApps(fastify: FastifyInstance): Promise<string[]> {
  const served: string[] = [];
  for (const app of APP_NAMES) {
    const root = appDistDir(app);
    if (!fs.existsSync(path.join(root, 'index.html'))) continue;
    await fastify.register(fastifyStatic, { root, prefix: `/${app}/`, decorateReply: served.length === 0, wildcard: false, index: 'index.html' });
    const indexHtml = fs.readFileSync(path.join(root, 'index.html'));
    // Any other path under the app is a client route: answer with the app's page.
    fastify.get(`/${app}/*`, (_request, reply) => reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml));
    fastify.get(`/${app}`, (_request, reply) => reply.redirect(`/${app}/`));
    served.push(app);
  }
  return served;
}
