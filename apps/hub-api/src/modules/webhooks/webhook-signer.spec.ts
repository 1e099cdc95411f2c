import { Webhook } from 'standardwebhooks';
import { signedHeaders } from './webhook-signer';

const secretA = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
const secretB = `whsec_${Buffer.alloc(32, 2).toString('base64')}`;

describe('signedHeaders', () => {
  it('verify with the receiver side of the Standard Webhooks library', () => {
    const payload = JSON.stringify({ id: 'e1', data: { n: 1 } });
    const headers = signedHeaders([secretA], 'e1', payload, new Date());
    expect(new Webhook(secretA).verify(payload, headers)).toEqual({ id: 'e1', data: { n: 1 } });
    expect(() => new Webhook(secretB).verify(payload, headers)).toThrow();
    expect(() => new Webhook(secretA).verify(payload.replace('1}', '2}'), headers)).toThrow();
  });

  it('carry both signatures during a rotation, so either secret verifies', () => {
    const payload = '{"id":"e2"}';
    const headers = signedHeaders([secretB, secretA], 'e2', payload, new Date());
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(secretA).verify(payload, headers)).toEqual({ id: 'e2' });
    expect(new Webhook(secretB).verify(payload, headers)).toEqual({ id: 'e2' });
  });
});
