// Each app's first page as a phone on a slow network gets it: the compressed JavaScript it downloads
// and its Largest Contentful Paint under Lighthouse's "slow 4G" and a 4× slower CPU at 360 px, in
// Debian's Chromium driven by Playwright; then the same page again, from the browser's cache.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../src/config.js';
import type { TargetTable } from './targets.js';

/** DevTools' and Lighthouse's "Slow 4G": 150 ms RTT, 1.6 Mbps down, 750 kbps up, with their packet-level factors. */
const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9, uploadThroughput: ((750 * 1024) / 8) * 0.9 };
const CPU_SLOWDOWN = 4;
const PHONE = { width: 360, height: 740 };
export const FIRST_PAGE_TARGETS = { javascriptKb: 150, lcpMs: 2500 };

export interface FirstPage {
  label: string;
  /** Under the server's URL, e.g. /agency/sign-in. */
  path: string;
  /** A session cookie the page is opened with. */
  cookie?: { name: string; value: string };
  /** Resolves once the page shows what the visitor came for (so a page that fails fails the bench). */
  ready: (page: Page) => Promise<unknown>;
}

interface Visit {
  lcpMs: number;
  /** Bytes of JavaScript over the wire (compressed, if it was), response bodies only. */
  javascriptBytes: number;
  cssBytes: number;
  /** Scripts and stylesheets the browser asked the server for (answered 200 or 304) rather than took from its cache. */
  assetRequests: number;
  /** The scripts' content-encodings. */
  encodings: Set<string>;
}

type Recorder = (name: string, value: string) => void;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The page's LCP so far, in ms from navigation start (Chromium reports it once the largest element has
 * painted). Browser code, so a string: the bench's types are Node's, not the DOM's.
 */
const LARGEST_CONTENTFUL_PAINT = `new Promise((resolve, reject) => {
  new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? NaN)).observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(() => reject(new Error('no largest-contentful-paint entry')), 10000);
})`;

/** Opens `firstPage` in `page` throttled, and counts what came over the network for it. */
async function visit(page: Page, url: string, firstPage: FirstPage): Promise<Visit> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const assets = new Map<string, { type: 'Script' | 'Stylesheet'; encoding: string; headerBytes: number }>();
  const result: Visit = { lcpMs: 0, javascriptBytes: 0, cssBytes: 0, assetRequests: 0, encodings: new Set() };
  const failures: string[] = [];
  const fromMemoryCache = new Set<string>();
  cdp.on('Network.requestServedFromCache', ({ requestId }) => fromMemoryCache.add(requestId));
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    if (response.status >= 400) failures.push(`${response.status} ${response.url}`);
    if (type !== 'Script' && type !== 'Stylesheet') return;
    if (response.fromDiskCache || response.fromPrefetchCache || fromMemoryCache.has(requestId)) return;
    const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? 'identity';
    assets.set(requestId, { type, encoding: String(encoding), headerBytes: response.encodedDataLength });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const asset = assets.get(requestId);
    if (!asset) return;
    result.assetRequests += 1;
    const bodyBytes = encodedDataLength - asset.headerBytes;
    if (asset.type === 'Stylesheet') {
      result.cssBytes += bodyBytes;
      return;
    }
    result.javascriptBytes += bodyBytes;
    result.encodings.add(asset.encoding);
  });
  await page.goto(`${url}${firstPage.path}`);
  await firstPage.ready(page);
  await page.waitForLoadState('networkidle');
  result.lcpMs = await page.evaluate<number>(LARGEST_CONTENTFUL_PAINT);
  await cdp.detach();
  if (failures.length > 0) throw new Error(`${firstPage.label}: failed requests ${failures.join(', ')}`);
  return result;
}

async function measure(browser: Browser, url: string, firstPage: FirstPage): Promise<{ first: Visit; repeat: Visit }> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    if (firstPage.cookie) await context.addCookies([{ ...firstPage.cookie, url }]);
    const first = await visit(await context.newPage(), url, firstPage);
    // Coming back later, in a new tab: what the browser kept of the first visit.
    const repeat = await visit(await context.newPage(), url, firstPage);
    return { first, repeat };
  } finally {
    await context.close();
  }
}

/** Records, for each page, its compressed JavaScript and CSS, and the median LCP of `runs` fresh visits and of their repeat visits. */
export async function benchAppDelivery({ url, pages, runs, record, targets }: { url: string; pages: FirstPage[]; runs: number; record: Recorder; targets: TargetTable }): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const firstPage of pages) {
      const visits: { first: Visit; repeat: Visit }[] = [];
      for (let run = 0; run < runs; run++) visits.push(await measure(browser, url, firstPage));
      const [{ first }] = visits as [{ first: Visit; repeat: Visit }];
      record(
        `${firstPage.label}: JS / CSS over the wire (target JS ≤ ${FIRST_PAGE_TARGETS.javascriptKb} kB)`,
        `${kb(first.javascriptBytes)} / ${kb(first.cssBytes)}, ${[...first.encodings].join(', ')}`,
      );
      record(
        `${firstPage.label}: LCP slow 4G, 4× CPU, 360 px (target ≤ ${FIRST_PAGE_TARGETS.lcpMs} ms)`,
        `${median(visits.map((v) => v.first.lcpMs)).toFixed(0)} ms first visit, ${median(visits.map((v) => v.repeat.lcpMs)).toFixed(0)} ms repeat (${first.assetRequests} → ${median(visits.map((v) => v.repeat.assetRequests))} asset requests)`,
      );
      const encodings = [...first.encodings];
      const compressed = encodings.length > 0 && encodings.every((encoding) => encoding === 'br' || encoding === 'gzip');
      targets.add(
        `${firstPage.label}: JavaScript over the wire, compressed`,
        `≤ ${FIRST_PAGE_TARGETS.javascriptKb} kB, br or gzip`,
        `${kb(first.javascriptBytes)}, ${encodings.join(', ')}`,
        compressed && first.javascriptBytes <= FIRST_PAGE_TARGETS.javascriptKb * 1000,
      );
      const repeatRequests = Math.max(...visits.map((v) => v.repeat.assetRequests));
      targets.add(`${firstPage.label}: hashed assets cached (repeat visit)`, 'no asset requests', `${repeatRequests} of ${first.assetRequests}`, repeatRequests === 0);
      const lcpMs = median(visits.map((v) => v.first.lcpMs));
      targets.add(`${firstPage.label}: first-visit LCP, slow 4G, 4× CPU, 360 px (median of ${runs})`, `≤ ${FIRST_PAGE_TARGETS.lcpMs} ms`, `${lcpMs.toFixed(0)} ms`, lcpMs <= FIRST_PAGE_TARGETS.lcpMs);
    }
  } finally {
    await browser.close();
  }
}

/** The demo contractor's personal link, from the development mailbox (the demo data mails it at start-up). */
async function demoContractorLink(url: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const mails = (await (await fetch(`${url}/dev/mailbox.json`)).json()) as { to: string; text: string }[];
    const link = mails.filter((mail) => mail.to === 'maria.lopez@example.com').map((mail) => mail.text.match(/https?:\/\/\S+\/contractor\/t\/\S+/)?.[0])[0];
    if (link) return new URL(link).pathname;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('no mail with a contractor link reached maria.lopez@example.com within 30 s');
}

/** The apps' first pages as the build knows them (packages/ui/build/first-pages.json): app → page → its client route. */
const FIRST_PAGES = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages/ui/build/first-pages.json'), 'utf8')) as Record<string, Record<string, { path: string }>>;
const APP_LABELS: Record<string, string> = { agency: 'agency', contractor: 'contractor', facility: 'Hub' };

/**
 * The page each kind of visitor opens first (the build's table of first pages), each with what shows
 * it has opened: a rep's sign-in, a contractor's link (the opt-in form, at the demo contractor's
 * link), a facility manager's sign-in and, signed in with `facilitySessionToken`, the Hub's certificates.
 */
export async function demoFirstPages(url: string, facilitySessionToken: string): Promise<FirstPage[]> {
  const contractorToken = (await demoContractorLink(url)).split('/').at(-1) ?? '';
  const heading = (name: string, level = 1) => (page: Page) => page.getByRole('heading', { level, name }).waitFor();
  const opened: Record<string, Omit<FirstPage, 'label' | 'path'>> = {
    'agency sign-in': { ready: heading('Sign in') },
    'contractor link (opt-in form)': { ready: heading('Confirm your coverage') },
    'Hub sign-in': { ready: heading('Sign in') },
    'Hub certificates (signed in)': {
      cookie: { name: 'coverline_facility', value: facilitySessionToken },
      ready: (page) => page.getByRole('link', { name: /^Download PDF of certificate/ }).first().waitFor(),
    },
  };
  return Object.entries(FIRST_PAGES).flatMap(([app, pages]) =>
    Object.entries(pages).map(([name, { path: route }]) => {
      const label = `${APP_LABELS[app] ?? app} ${name}`;
      const page = opened[label];
      if (!page) throw new Error(`first-pages.json has ${app}'s "${name}", which the bench has no ready check for`);
      // A route's parameters are the demo's: the contractor's link is the demo contractor's.
      const visited = `/${app}${route.replace(':token', contractorToken)}`;
      if (visited.includes(':')) throw new Error(`first-pages.json: ${app}'s "${name}" has a parameter the bench has no value for`);
      return { label, path: visited, ...page };
    }),
  );
}
