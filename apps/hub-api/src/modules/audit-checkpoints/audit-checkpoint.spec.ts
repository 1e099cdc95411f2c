import { generateSigningKeyText, parsePublicKey, parseSigningKey, publicKeyText } from '../../common/crypto/ed25519-keys';
import { checkpointKey, checkpointPrefix, readCheckpoint, signCheckpoint } from './audit-checkpoint';

describe('audit checkpoints', () => {
  const signing = parseSigningKey(generateSigningKeyText())!;
  const publicKey = parsePublicKey(publicKeyText(signing))!;
  const head = { lastId: '42', hash: 'a'.repeat(64), count: 40, database: 'hub' };
  const at = new Date('2026-05-01T02:00:00.123Z');

  it("reads back what it signed, with the public key alone, under the key's own folder in chain order", () => {
    const body = signCheckpoint(head, at, signing);
    expect(readCheckpoint('k', body, publicKey)).toEqual({ claim: { key: 'k', lastId: '42', hash: head.hash, count: 40, recordedAt: at } });
    expect(checkpointPrefix(publicKey)).toBe(checkpointPrefix(signing));
    expect(checkpointKey(checkpointPrefix(signing), head, at)).toMatch(
      /^audit-checkpoints\/[0-9a-f]{16}\/0{18}42-20260501T020000123Z\.json$/,
    );
  });

  it("reports an altered payload, another key's signature and garbage as SIGNATURE_INVALID", () => {
    const body = JSON.parse(signCheckpoint(head, at, signing).toString()) as { payload: string; signature: string };
    const altered = Buffer.from(JSON.stringify({ ...body, payload: body.payload.replace('"count":40', '"count":41') }));
    const other = signCheckpoint(head, at, parseSigningKey(generateSigningKeyText())!);
    for (const bad of [altered, other, Buffer.from('not json')]) {
      expect(readCheckpoint('k', bad, publicKey)).toMatchObject({ issue: { key: 'k', problem: 'SIGNATURE_INVALID' } });
    }
  });

  it('parses keys given as base64, hex or PEM, and refuses anything else', () => {
    const text = generateSigningKeyText();
    const hex = Buffer.from(text, 'base64').toString('hex');
    const pem = parseSigningKey(text)!.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(publicKeyText(parseSigningKey(hex)!)).toBe(publicKeyText(parseSigningKey(text)!));
    expect(publicKeyText(parseSigningKey(pem)!)).toBe(publicKeyText(parseSigningKey(text)!));
    expect(parseSigningKey('too-short')).toBeNull();
    expect(parsePublicKey('x'.repeat(10))).toBeNull();
  });
});
