/**
 * Worked example: a town's system that the hub calls (webhook) with every licensing decision in its
 * township and every normative document governing a matter devolved to it (§4(1)1, §4(1)2). It uses
 * the connector SDK only, no server code. See README.md next to this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { HubClient, HubEvent, MemorySeenIds, WebhookReceiver } from '../../src/index';

const HUB_URL = required('HUB_URL');
const HUB_API_KEY = required('HUB_API_KEY'); // the town's key, scope SUBSCRIBE
const TOWNSHIP_CODE = process.env.TOWNSHIP_CODE ?? '350582001'; // 青阳街道
const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 8787);
const PUBLIC_URL = process.env.PUBLIC_URL ?? `http://127.0.0.1:${PORT}/hub-events`;
const STATE_DIR = resolve(process.env.STATE_DIR ?? 'town-subscriber-state');
const SECRET_FILE = join(STATE_DIR, 'subscription.json');
const EVENTS_FILE = join(STATE_DIR, 'events.ndjson');
const NAME = `licensing-and-normative-${TOWNSHIP_CODE}`;

interface Subscription {
  id: string;
  name: string;
  webhookUrl: string | null;
}
/** What is kept in STATE_DIR: the hub shows a webhook secret only once. */
interface Saved {
  subscriptionId: string;
  /** Current first; during a rotation the old one may follow it. */
  secrets: string[];
}

const FIELDS = 'id name webhookUrl';
const LIST = `query($unitCode: String!) { subscriptions(unitCode: $unitCode) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { webhookSecret subscription { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateSubscriptionInput!) { updateSubscription(input: $input) { ${FIELDS} } }`;
const ROTATE = `mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapMinutes: 0) { webhookSecret } }`;

async function main(): Promise<void> {
  const hub = new HubClient({ url: HUB_URL, credential: HUB_API_KEY });
  const { unitCode } = await hub.viewer();
  const saved = await ensureSubscription(hub, unitCode);

  // Event ids already written are not written again, across restarts too (the hub delivers at least once).
  const seen = new MemorySeenIds(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  if (existsSync(EVENTS_FILE)) {
    for (const line of readFileSync(EVENTS_FILE, 'utf8').split('\n')) if (line.trim()) seen.add((JSON.parse(line) as HubEvent).id);
  }
  const receiver = new WebhookReceiver({ secrets: saved.secrets, seen });
  // Answered 200 only once the line is written; a failure is answered 500 and the hub sends it again.
  const server = createServer(
    receiver.listener(async (event) => {
      await appendFile(EVENTS_FILE, `${JSON.stringify(event)}\n`);
      console.log(describe(event));
    }),
  );
  await new Promise<void>((listening, failed) => server.once('error', failed).listen(PORT, HOST, listening));
  console.log(
    `listening on http://${HOST}:${PORT} for ${PUBLIC_URL} (subscription ${saved.subscriptionId}, township ${TOWNSHIP_CODE}); events go to ${EVENTS_FILE}`,
  );

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // Requests being handled finish first; the hub retries anything it did not get a 200 for.
    process.once(signal, () => server.close(() => console.log('stopped')));
  }
}

/** Finds this program's subscription by name, or creates it, and makes sure its secret is at hand. */
async function ensureSubscription(hub: HubClient, unitCode: string): Promise<Saved> {
  const { subscriptions } = await hub.request<{ subscriptions: Subscription[] }>(LIST, { unitCode });
  const existing = subscriptions.find((s) => s.name === NAME);
  if (!existing) {
    const input = {
      unitCode,
      name: NAME,
      delivery: 'WEBHOOK',
      webhookUrl: PUBLIC_URL,
      categories: ['LICENSING', 'NORMATIVE'],
      // A licence's own township, or a township a normative document is addressed to (it holds a governed matter).
      townshipCodes: [TOWNSHIP_CODE],
      startFrom: 'NOW',
    };
    const { createSubscription } = await hub.request<{ createSubscription: { webhookSecret: string; subscription: Subscription } }>(
      CREATE,
      { input },
    );
    console.log(`created subscription ${createSubscription.subscription.id} "${NAME}"`);
    return save({ subscriptionId: createSubscription.subscription.id, secrets: [createSubscription.webhookSecret] });
  }
  if (existing.webhookUrl !== PUBLIC_URL) {
    await hub.request(UPDATE, { input: { id: existing.id, webhookUrl: PUBLIC_URL } });
    console.log(`subscription ${existing.id}: webhook URL changed to ${PUBLIC_URL}`);
  }
  const saved = await load();
  if (saved?.subscriptionId === existing.id) {
    console.log(`reusing subscription ${existing.id} "${NAME}"`);
    return saved;
  }
  // The secret was shown once and is not in STATE_DIR: ask for a new one (the old one stops signing at once).
  const { rotateWebhookSecret } = await hub.request<{ rotateWebhookSecret: { webhookSecret: string } }>(ROTATE, { id: existing.id });
  console.log(`subscription ${existing.id}: no secret in ${STATE_DIR}, rotated it`);
  return save({ subscriptionId: existing.id, secrets: [rotateWebhookSecret.webhookSecret] });
}

/** What this program prints of a record (`event.data.record` is the record as its publisher sent it). */
interface LicenceRecord {
  licenceNumber: string;
  holderName: string;
  holderUscc: string | null;
  status: string;
  validTo: string | null;
}
interface DocumentRecord {
  title: string;
  documentNumber: string | null;
  matterCodes: string[];
  effectiveFrom: string;
}

/** One line per event: time (China), type, township, and what a town officer wants to know. */
function describe(event: HubEvent): string {
  const time = new Date(event.time).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const where = event.townshipCode ?? `→${TOWNSHIP_CODE}`; // a normative document has no township: it is addressed to ours
  let what: string;
  if (event.category === 'LICENSING') {
    const r = event.data.record as unknown as LicenceRecord;
    what = `licence ${r.licenceNumber} ${r.holderName} ${r.holderUscc ?? ''} ${r.status} until ${r.validTo ?? '-'}`;
  } else {
    const r = event.data.record as unknown as DocumentRecord;
    what = `document 《${r.title}》 ${r.documentNumber ?? ''} matters ${r.matterCodes.join(',')} from ${r.effectiveFrom}`;
  }
  return `${time}  ${event.type.padEnd(20)} ${where}  ${what}${event.data.revokeReason ? `  (revoked: ${event.data.revokeReason})` : ''}`;
}

async function load(): Promise<Saved | null> {
  try {
    return JSON.parse(await readFile(SECRET_FILE, 'utf8')) as Saved;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function save(saved: Saved): Promise<Saved> {
  await mkdir(STATE_DIR, { recursive: true, mode: 0o700 });
  await writeFile(SECRET_FILE, JSON.stringify(saved, null, 2), { mode: 0o600 });
  await chmod(SECRET_FILE, 0o600); // also when the file was there before
  return saved;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is required (see README.md)`);
    process.exit(1);
  }
  return value;
}

main().catch((error: unknown) => {
  console.error(`town-webhook-subscriber: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
