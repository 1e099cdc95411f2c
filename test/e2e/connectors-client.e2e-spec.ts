import { HubClient, HubError } from '@hub/connectors';
import { ApiKeyScope, UnitKind } from '@hub/shared-schema';
import { startTestApp, TestApp } from '../utils/test-app';

describe('connectors HubClient against the hub (e2e)', () => {
  let hub: TestApp;
  beforeAll(async () => {
    hub = await startTestApp();
  });
  afterAll(() => hub.close());

  it('calls the hub with a unit system API key', async () => {
    const client = new HubClient({ url: hub.url, credential: await hub.apiKey('dept-health', [ApiKeyScope.READ]) });
    expect(await client.viewer()).toMatchObject({ kind: 'API_KEY', unitCode: 'dept-health', roles: ['CONNECTOR'] });
    const towns: string[] = [];
    for await (const unit of client.allUnits([UnitKind.TOWN, UnitKind.SUBDISTRICT])) towns.push(unit.name);
    expect(towns).toHaveLength(19);
  });

  it('turns refusals into HubErrors with the stable code and field', async () => {
    const client = new HubClient({ url: hub.url, credential: await hub.apiKey('dept-health', [ApiKeyScope.READ]) });
    const refused = client.request('mutation { updateUnitContact(input: {unitCode: "dept-health", name: "x"}) { code } }');
    await expect(refused).rejects.toMatchObject({ code: 'FORBIDDEN', retryable: false });
    await expect(client.units({ first: 500 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    await expect(new HubClient({ url: hub.url, credential: 'hub_nope' }).viewer()).rejects.toBeInstanceOf(HubError);
  });

  it('reports an unreachable hub as a retryable UNAVAILABLE', async () => {
    const client = new HubClient({ url: 'http://127.0.0.1:9', credential: 'x', timeoutMs: 2000 });
    await expect(client.viewer()).rejects.toMatchObject({ code: 'UNAVAILABLE', retryable: true });
  });
});
