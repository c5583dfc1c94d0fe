import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/backup';

describe('canonicalJson', () => {
  it('writes the same text for the same data, whatever order the keys were in', () => {
    const a = { b: 1, a: { d: [1, { z: 'æ', y: null }], c: 'ø' } };
    const b = { a: { c: 'ø', d: [1, { y: null, z: 'æ' }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"ø","d":[1,{"y":null,"z":"æ"}]},"b":1}');
  });

  it('drops what JSON drops, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, () => 1], c: Number.NaN })).toBe('{"b":[null,null],"c":null}');
  });

  it('survives a round trip through any JSON reformatting (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const pretty = JSON.stringify(value, null, 2);
        expect(canonicalJson(JSON.parse(pretty))).toBe(canonicalJson(value));
        // And it is itself JSON for the same data.
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value) ?? 'null'));
      }),
    );
  });
});
