import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, Browser } from 'playwright-core';
import { hashPassword } from '../../apps/hub-api/src/modules/auth/password-hasher';
import { dropDatabase, freshDatabase, withClient } from '../lib/bench-database';
import { gql, loginToken, startBenchHub } from '../lib/hub';
import { note } from '../lib/report';
import { Scenario } from '../lib/scenario';

const DIST = join(__dirname, '../../apps/field-console/dist');
const RUNS = 5;
/** Chrome DevTools' "Fast 3G" preset (1.6 Mbit/s down, 750 kbit/s up, 150 ms, each with DevTools' factors). */
const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
};
const CPU_SLOWDOWN = 4;
/** Issue #18: the permit check usable within 3 s on that phone, with at most 250 kB of JavaScript gzipped. */
const USABLE_TARGET_MS = 3000;
const JS_TARGET_KB = 250;
/** The session key and shape the console keeps (apps/field-console/src/api/session.ts). */
const SESSION_KEY = 'hub.field-console.session';
/** The permit check is usable once its search box takes input. */
const USABLE = 'input[aria-label]:not([disabled])';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * The ceiling: the same built files from a bare node:http server holding them in memory, gzipped once (what
 * nginx with gzip_static does), with /graphql passed through to the hub so the screen can load its data.
 */
async function startBareStatic(hubUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const files = new Map<string, { body: Buffer; gz: Buffer; type: string }>();
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else if (!name.endsWith('.gz') && !name.endsWith('.br')) {
        const body = readFileSync(path);
        files.set(`/${prefix}${name}`, { body, gz: gzipSync(body), type: TYPES[extname(name)] ?? 'application/octet-stream' });
      }
    }
  };
  walk(DIST, '');
  const hub = new URL(hubUrl);
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/graphql')) {
      const upstream = httpRequest(
        { host: hub.hostname, port: hub.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
      return;
    }
    const file = files.get(path) ?? files.get('/index.html')!;
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': file.type,
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? file.gz : file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Load {
  /** From navigation start to the permit check taking input, in the page's own clock. */
  usableMs: number;
  /** JavaScript the page ran, as it came over the wire and gzipped (what it would cost compressed). */
  jsWireBytes: number;
  jsGzipBytes: number;
}

/** One first load in a fresh browser context (empty cache) on the phone profile, signed in already. */
async function firstLoad(browser: Browser, url: string, session: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const wire = new Map<string, number>();
    cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) =>
      wire.set(event.requestId, event.encodedDataLength),
    );
    const scripts: Array<{ id: string; url: string }> = [];
    cdp.on('Network.responseReceived', (event: { requestId: string; type: string; response: { url: string } }) => {
      if (event.type === 'Script') scripts.push({ id: event.requestId, url: event.response.url });
    });
    // Signed in already, as the officer who opened the console this shift (page code as text: no DOM types here).
    await page.addInitScript(`sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(session)})`);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(USABLE, { state: 'visible', timeout: 60_000 });
    const usableMs = await page.evaluate(() => performance.now());
    let jsGzipBytes = 0;
    for (const script of scripts) {
      const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId: script.id });
      jsGzipBytes += gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8')).length;
    }
    return { usableMs, jsWireBytes: scripts.reduce((n, s) => n + (wire.get(s.id) ?? 0), 0), jsGzipBytes };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const fieldConsole: Scenario = {
  name: 'console',
  describe:
    "the field console's first load on a phone (Fast 3G, 4x CPU slowdown): permit check usable (<= 3 s) and its JavaScript (<= 250 kB gzipped), hub vs a bare static server",
  async run(ctx) {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no console build at ${DIST}: run npm run build first`);
    const name = 'hub_bench_console';
    const url = await freshDatabase(name);
    const password = 'bench-officer-password';
    await withClient(url, async (client) =>
      client.query(
        `INSERT INTO user_account (username, display_name, unit_code, roles, password_hash) VALUES ('bench-officer', '执法人员', '350582001', '{OFFICER}', $1)`,
        [await hashPassword(password)],
      ),
    );
    const hub = await startBenchHub(url);
    const bare = await startBareStatic(hub.url);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const token = await loginToken(hub.url, 'bench-officer', password);
      const { viewer } = await gql<{ viewer: { unitCode: string; roles: string[] } }>(hub.url, token, '{ viewer { unitCode roles } }');
      const session = JSON.stringify({
        accessToken: token,
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
        displayName: '执法人员',
        username: 'bench-officer',
        unitCode: viewer.unitCode,
        roles: viewer.roles,
      });
      const loads: [Load[], Load[]] = [[], []];
      // Hub and bare server in turns, each load in a fresh context: the machine's other work falls on both alike.
      for (let i = 0; i < RUNS; i++)
        for (const [side, base] of [hub.url, bare.url].entries()) loads[side].push(await firstLoad(browser, `${base}/`, session));
      const [viaHub, viaBare] = loads;
      const js = viaHub[viaHub.length - 1];
      ctx.log(
        note(
          'console',
          `JavaScript for the permit check: ${(js.jsWireBytes / 1024).toFixed(0)} kB over the wire from the hub, ${(js.jsGzipBytes / 1024).toFixed(0)} kB gzipped` +
            `; usable after ${viaHub.map((l) => l.usableMs.toFixed(0)).join(', ')} ms; hub peak RSS ${hub.peakRssMb().toFixed(0)} MB`,
        ),
      );
      const usable = median(viaHub.map((l) => l.usableMs));
      // The targets are absolute (a phone on Fast 3G): said beside the ratio to the bare server.
      const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
      return [
        {
          scenario: 'console',
          metric: 'permit check usable on Fast 3G + 4x CPU, first load (median)',
          hub: usable,
          ceiling: median(viaBare.map((l) => l.usableMs)),
          unit: 'ms',
          higherIsBetter: false,
          notes: `target <= ${USABLE_TARGET_MS} ms ${verdict(usable <= USABLE_TARGET_MS)}; JavaScript ${(js.jsGzipBytes / 1024).toFixed(0)} kB gzipped, target <= ${JS_TARGET_KB} kB ${verdict(js.jsGzipBytes <= JS_TARGET_KB * 1024)}`,
        },
      ];
    } finally {
      await browser.close();
      await bare.close();
      await hub.stop();
      await dropDatabase(name);
    }
  },
};
