import { canonicalJson, contentHash } from './content-hash';

describe('content hash', () => {
  it('ignores key order and undefined, and keeps dates', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: null, c: 'x' }], z: undefined })).toBe('{"a":[2,{"c":"x","d":null}],"b":1}');
    expect(contentHash({ at: new Date('2026-01-01T00:00:00Z') })).not.toBe(contentHash({ at: new Date('2026-01-02T00:00:00Z') }));
    expect(contentHash({ x: 1, y: 2 })).toBe(contentHash({ y: 2, x: 1 }));
  });
});
