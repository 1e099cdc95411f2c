import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, licence, MARKET, PUBLISH_LICENCES, QINGYANG, residentId } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { waitUntil } from '../utils/wait';
import { startTestApp, TestApp } from '../utils/test-app';

const LIVE = `subscription($filter: EventFilterInput) { liveEvents(filter: $filter) { position id type townshipCode data } }`;

/** Collects what a live subscription sends, and the error that ended it if any. */
function follow(client: Client, filter: Record<string, unknown> | null) {
  const events: any[] = [];
  const state: { error: any; done: boolean } = { error: null, done: false };
  const stop = client.subscribe(
    { query: LIVE, variables: { filter } },
    {
      next: (message) => {
        if (message.errors) state.error = message.errors;
        else events.push(message.data!.liveEvents);
      },
      error: (error) => (state.error = error),
      complete: () => (state.done = true),
    },
  );
  return { events, state, stop };
}

describe('live events over graphql-ws (e2e)', () => {
  let hub: TestApp;
  let market: string;
  const clients: Client[] = [];
  const connect = (authorization?: string) => {
    const client = createClient({
      url: hub.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: authorization ? { authorization } : {},
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    hub = await startTestApp({ DELIVERY_POLL_MS: '25', LIVE_CREDENTIAL_RECHECK_MS: '200' });
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
  });
  afterAll(async () => {
    for (const client of clients) void client.dispose();
    await hub.close();
  });

  it('streams matching changes to an authenticated console, masked for its reader', async () => {
    const officer = await hub.userToken([Role.OFFICER], QINGYANG);
    const live = follow(connect(`Bearer ${officer}`), { townshipCodes: [QINGYANG] });
    await new Promise((resolve) => setTimeout(resolve, 300)); // subscribed before the changes
    const idNumber = residentId(3);
    const published = await hub.gql(
      PUBLISH_LICENCES,
      {
        records: [
          licence(1, { holderUscc: null, holderIdNumber: idNumber, holderName: '王小明' }),
          licence(2, { townshipCode: ANHAI }),
          licence(3),
        ],
      },
      { credential: market },
    );
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishLicensingDecisions.accepted).toBe(3);
    await waitUntil(() => live.events.length === 2);
    expect(live.events.map((e) => e.data.sourceId)).toEqual(['SCJG-2026-1', 'SCJG-2026-3']);
    expect(live.events.every((e) => e.townshipCode === QINGYANG)).toBe(true);
    expect(JSON.stringify(live.events)).not.toContain(idNumber);
    expect(live.state.error).toBeNull();
  });

  it('refuses a console without a valid credential', async () => {
    const anonymous = follow(connect(), null);
    await waitUntil(() => anonymous.state.error !== null);
    expect(anonymous.events).toEqual([]);

    const forged = follow(connect('Bearer not-a-token'), null);
    await waitUntil(() => forged.state.error !== null);
    expect(JSON.stringify(forged.state.error)).toContain('UNAUTHENTICATED');
  });

  it('ends a stream once its API key is revoked', async () => {
    const key = await hub.apiKey(QINGYANG, [ApiKeyScope.READ]);
    const live = follow(connect(`Bearer ${key}`), null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await hub.gql(PUBLISH_LICENCES, { records: [licence(50)] }, { credential: market });
    await waitUntil(() => live.events.length === 1);
    const [row] = await hub.sql(`SELECT id FROM api_key WHERE prefix = $1`, [key.slice(0, 16)]);
    const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    expect(
      (await hub.gql('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: row.id }, { credential: admin })).errors,
    ).toBeUndefined();
    await waitUntil(() => live.state.done, 5_000);
    await hub.gql(PUBLISH_LICENCES, { records: [licence(51)] }, { credential: market });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(live.events).toHaveLength(1);
  });
});
