// How the built apps and the API's answers travel: the build's brotli or gzip copy of each file for a
// browser that accepts it, hashed assets cached for a year, pages always checked for a newer build,
// and GraphQL answers compressed on the way out.
import Fastify, { type FastifyInstance } from 'fastify';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerApps } from '../src/http/apps.js';
import { registerCompression } from '../src/http/compression.js';
import { OPERATOR_KEY, startTestServer, type TestServer } from './support/test-server.js';

const BROWSER = 'gzip, deflate, br, zstd';
// A script as Vite writes it, big enough to be worth compressing, and its copies as the build writes them.
const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, label: "row ${i}" }`).join(', ')}];\n`;
const PAGE = `<!doctype html><html lang="en"><head><title>Coverline · Agency</title><script type="module" src="/agency/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div>${' '.repeat(1200)}</body></html>`;

// The first pages' own, as the build writes them (packages/ui/build/vite-app-config.ts, firstPagePreloads).
const SIGN_IN_PAGE = PAGE.replace('</head>', '<link rel="modulepreload" crossorigin href="/agency/assets/sign-in-Ef56Gh78.js"></head>');
const LINK_PAGE = PAGE.replace('</head>', '<link rel="modulepreload" crossorigin href="/agency/assets/link-Ij90Kl12.js"></head>');

function writeBuiltApp(dir: string) {
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'first-pages'), { recursive: true });
  const write = (file: string, text: string) => {
    fs.writeFileSync(path.join(dir, file), text);
    fs.writeFileSync(path.join(dir, `${file}.br`), zlib.brotliCompressSync(text));
    fs.writeFileSync(path.join(dir, `${file}.gz`), zlib.gzipSync(text));
  };
  write('index.html', PAGE);
  write('assets/index-Ab12Cd34.js', SCRIPT);
  write('first-pages/sign-in.html', SIGN_IN_PAGE);
  write('first-pages/link.html', LINK_PAGE);
  const pages = [
    { path: '/sign-in', html: 'first-pages/sign-in.html' },
    { path: '/t/:token', html: 'first-pages/link.html' },
  ];
  fs.writeFileSync(path.join(dir, 'first-pages', 'index.json'), JSON.stringify({ pages }));
}

describe('the built apps', () => {
  let fastify: FastifyInstance;
  const builds = fs.mkdtempSync(path.join(os.tmpdir(), 'coverline-apps-'));

  beforeAll(async () => {
    writeBuiltApp(path.join(builds, 'agency'));
    fastify = Fastify();
    await registerCompression(fastify);
    expect(await registerApps(fastify, (app) => path.join(builds, app))).toEqual(['agency']);
  });
  afterAll(async () => {
    await fastify.close();
    fs.rmSync(builds, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) => fastify.inject({ url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it("sends a hashed script as the build's brotli copy to a browser, kept a year without asking again", async () => {
    const response = await get('/agency/assets/index-Ab12Cd34.js', BROWSER);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
  });

  it('sends the gzip copy to a client without brotli, and the file itself to one that accepts neither', async () => {
    const gzipOnly = await get('/agency/assets/index-Ab12Cd34.js', 'gzip');
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzipOnly.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get('/agency/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.payload).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers the page, at its address and at any client route, compressed and checked for a newer build on every visit', async () => {
    for (const url of ['/agency/', '/agency/contractors/42', '/agency/t/4f9a/more']) {
      const response = await get(url, BROWSER);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(zlib.brotliDecompressSync(response.rawPayload).toString(), url).toBe(PAGE);
    }
  });

  it("answers a first page's route with its own page, which preloads the route's code, a :name segment matching any one", async () => {
    for (const [url, page] of [
      ['/agency/sign-in', SIGN_IN_PAGE],
      ['/agency/sign-in/', SIGN_IN_PAGE],
      ['/agency/t/4f9a', LINK_PAGE],
      ['/agency/t/another-token', LINK_PAGE],
    ] as const) {
      const response = await get(url, BROWSER);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(zlib.brotliDecompressSync(response.rawPayload).toString(), url).toBe(page);
    }
  });
});

describe('GraphQL answers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  const jobCodes = (acceptEncoding: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${OPERATOR_KEY}`, 'accept-encoding': acceptEncoding },
      body: JSON.stringify({ query: '{ jobCodes(state: "OH") { code title rates { coverageType rate } } }' }),
    });

  it('are compressed for a browser when over 1 kB, with the same answer', async () => {
    const plain = await jobCodes('identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const answer = await plain.text();
    expect(answer.length).toBeGreaterThan(1024);
    expect(JSON.parse(answer)).toMatchObject({ data: { jobCodes: expect.arrayContaining([expect.objectContaining({ code: expect.any(String) })]) } });

    const compressed = await jobCodes(BROWSER);
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(await compressed.text()).toBe(answer);
  });

  it('stay plain when small, where compressing would save nothing', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': BROWSER }, body: JSON.stringify({ query: '{ viewer { id } }' }) });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toEqual({ data: { viewer: null } });
  });
});
