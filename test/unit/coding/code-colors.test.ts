import { describe, expect, it } from 'vitest';
import { codeColor, codeColorVariables } from '../../../renderer/editor/plugins/MarkStylePlugin';

describe('a colour per code as a CSS variable', () => {
  it('names in each mark the very variable the frame sets, for ULIDs and for ids from other files', () => {
    const codes = [
      { id: '01JD3W6ZK4M6Q0W5T8N2B7C9XE', color: '#1f5f8b' },
      { id: 'kode.1/åpen hjelp', color: '#b3472d' },
    ];
    const vars = codeColorVariables(codes);
    for (const c of codes) {
      const name = /^var\((--code-[^,]+), #888888\)$/.exec(codeColor(c.id))![1]!;
      expect(name).toMatch(/^--code-[A-Za-z0-9_-]+$/);
      expect(vars[name]).toBe(c.color);
    }
  });

  it('never gives two codes the same variable', () => {
    const ids = ['a_b', 'a.b', 'a b', 'a-b', 'a_2e_b'];
    expect(new Set(ids.map(codeColor)).size).toBe(ids.length);
  });
});
