import { findUnstorable, MAX_INPUT_DEPTH, perRecordProperties, storableJson, storableText, ValidatedPerRecord } from './storable-text';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('findUnstorable', () => {
  it('names the string holding a NUL or a lone surrogate, however deep in the argument', () => {
    expect(findUnstorable({ name: 'a\u0000b' })).toEqual({ field: 'name', message: expect.stringContaining('NUL') });
    expect(findUnstorable({ records: [{ ok: 'x' }, { holderName: 'x\uD800y' }] })).toEqual({
      field: 'records[1].holderName',
      message: expect.stringContaining('surrogate'),
    });
    expect(findUnstorable({ payload: { 'k\uDC00': 1 } })?.field).toBe('payload.k\uFFFD');
    expect(findUnstorable('plain\u0000')?.field).toBe('');
  });

  it('accepts Chinese text, emoji (a proper surrogate pair), dates and numbers', () => {
    expect(findUnstorable({ name: '晋江市青阳华丰五金店 😀', at: new Date(), n: 1, list: ['a', null] })).toBeNull();
  });

  it('refuses runaway nesting without recursing, naming the argument that holds it', () => {
    expect(findUnstorable({ payload: nested(5000) })).toEqual({ field: 'payload', message: `nests deeper than ${MAX_INPUT_DEPTH} levels` });
    expect(findUnstorable({ readings: [{ reading: nested(100) }] })?.field).toBe('readings[0].reading');
    let list: unknown = [];
    for (let i = 0; i < 5000; i++) list = [list];
    expect(findUnstorable({ payload: list })?.field).toBe('payload');
    expect(findUnstorable({ payload: nested(MAX_INPUT_DEPTH - 2) })).toBeNull();
  });

  it('leaves the properties marked @ValidatedPerRecord to the service', () => {
    class Batch {
      @ValidatedPerRecord()
      records!: unknown[];
    }
    class Sub extends Batch {}
    const skip = perRecordProperties(Sub);
    expect([...skip]).toEqual(['records']);
    expect(findUnstorable({ records: [{ name: '\u0000' }] }, undefined, skip)).toBeNull();
    expect(findUnstorable({ other: '\u0000' }, undefined, skip)?.field).toBe('other');
  });
});

describe('storableText / storableJson', () => {
  it('replaces what cannot be stored by U+FFFD and keeps the rest', () => {
    expect(storableText('a\u0000b\uD800c😀')).toBe('a\uFFFDb\uFFFDc😀');
    expect(storableJson({ 'k\u0000': ['v\uDFFF'], n: 1 })).toEqual({ 'k\uFFFD': ['v\uFFFD'], n: 1 });
    expect(JSON.stringify(storableJson(nested(100)))).toContain('[nested too deep]');
  });
});
