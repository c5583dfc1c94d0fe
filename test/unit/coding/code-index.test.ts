import { describe, expect, it } from 'vitest';
import { indexCodes } from '../../../renderer/features/coding/code-index';
import { filterCodes } from '../../../renderer/features/coding/QuickCodePalette';
import { makeCode as code } from '../codebook/make-code';

describe('telling codes apart', () => {
  const codes = [
    code('resp', 'Respons', null, 0),
    code('resp-bw', 'Grensearbeid', 'resp', 0),
    code('bw', 'Grensearbeid', null, 1),
    code('clear', 'Tydelig', 'bw', 0),
    code('twin-1', 'Tydelig', 'resp', 1),
    code('twin-2', 'tydelig', 'resp', 2),
  ];
  const index = indexCodes(codes);
  const label = (id: string) => index.ordered.find((o) => o.code.id === id)!.label;

  it('shows the whole path in indented lists where two codes share a name', () => {
    expect(label('resp-bw')).toBe('Respons/Grensearbeid');
    expect(label('bw')).toBe('Grensearbeid');
    expect(label('resp')).toBe('Respons');
  });

  it('numbers sibling codes with the same name, so no two paths are alike', () => {
    expect(index.paths.get('twin-1')).toBe('Respons/Tydelig');
    expect(index.paths.get('twin-2')).toBe('Respons/tydelig (2)');
    expect(new Set(index.paths.values()).size).toBe(codes.length);
  });

  it('lets the palette find a code by its parent’s name', () => {
    const found = filterCodes(index.ordered, 'respons grense', []);
    expect(found.map((c) => c.code.id)).toEqual(['resp-bw']);
  });
});
