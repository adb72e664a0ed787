// The security headers of every answer (the apps, /graphql, the downloads), with @fastify/helmet.
// Kept apart from how the apps' files are served, so either can change without the other.
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * What the built apps need, and nothing else: their own scripts (no inline script, no eval), their
 * own API, and inline styles, because Mantine writes its CSS variables into a <style> element and
 * sets `style` attributes on components (a nonce cannot cover attributes). No page may frame ours.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  // The apps' favicon is `data:,`; the charts are inline SVG.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** A year, as browsers' preload lists expect; sent only over https (see registerSecurityHeaders). */
const HSTS = 'max-age=31536000; includeSubDomains';

export async function registerSecurityHeaders(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // A contractor's personal link carries its token in the URL: no other site may learn it from a Referer.
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // Only over https: over plain http (a developer's machine) it would mean nothing or, on a shared
    // host name, pin other services to https. request.protocol reads X-Forwarded-Proto only from the
    // proxies TRUST_PROXY names, as the client address is read.
    strictTransportSecurity: false,
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
}
