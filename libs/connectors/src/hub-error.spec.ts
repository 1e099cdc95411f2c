import { EvidenceErrorCode } from '@hub/shared-schema/errors/error-reasons';
import { HubClient } from './hub-client';
import { HubError } from './hub-error';

describe('HubError from a hub answer', () => {
  const answering = (body: unknown) =>
    new HubClient({
      url: 'http://hub.test',
      credential: 'k',
      fetch: async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
    });

  it('carries the family code, the field and the specific reason', async () => {
    const client = answering({
      data: null,
      errors: [
        { message: 'id: nothing was uploaded', extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'EVIDENCE_NOT_UPLOADED' } },
      ],
    });
    const error = await client.request('{ x }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: EvidenceErrorCode.EVIDENCE_NOT_UPLOADED });
  });

  it('has no reason where the hub gave none', async () => {
    const error = await answering({ data: null, errors: [{ message: 'no', extensions: { code: 'NOT_FOUND', field: 'id' } }] })
      .request('{ x }')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'id', reason: undefined });
  });
});
