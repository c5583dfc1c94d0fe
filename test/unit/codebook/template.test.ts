import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  boundaryWorkTemplate,
  codePalette,
  contrastRatio,
  darkBackground,
  lightBackground,
  parseCodebookJson,
  type CodebookEntry,
} from '../../../shared/codebook';

const key = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../sample-data/dialoger/boundary-work-key.json'), 'utf8'),
) as {
  sequences: {
    response: string | null;
    strategies: { code: string; quote: string }[];
    position: string[];
    quote?: string;
  }[];
};

function flatten(entries: CodebookEntry[], path = ''): { path: string; entry: CodebookEntry }[] {
  return entries.flatMap((entry) => {
    const here = path === '' ? entry.name : `${path}/${entry.name}`;
    return [{ path: here, entry }, ...flatten(entry.children, here)];
  });
}

const languages = ['nb', 'nn', 'en'] as const;

describe('boundaryWorkTemplate', () => {
  it('has the study’s structure (English paths)', () => {
    expect(flatten(boundaryWorkTemplate('en').codes).map((c) => c.path)).toEqual([
      'Response',
      'Response/No written response',
      'Response/Help without boundary work',
      'Response/Boundary work',
      'Boundary work',
      'Boundary work/Clear',
      'Boundary work/Clear/Explicit referral with justification',
      'Boundary work/Clear/Implicit contrast or meta-account',
      'Boundary work/Clear/Position shift',
      'Boundary work/Ambiguous',
      'Boundary work/Ambiguous/Link sending',
      'Boundary work/Ambiguous/Draw the line and stretch it',
      'Boundary work/Ambiguous/Answer anyway, then refer',
      'Position',
      'Position/Bureaucratic',
      'Position/Pedagogical',
      'Position/Helper',
      'Position/Motivator',
      'Framing/footing',
      'Framing/footing/Framing',
      'Framing/footing/Footing',
    ]);
  });

  it('has Norwegian names in bokmål and nynorsk', () => {
    expect(flatten(boundaryWorkTemplate('nb').codes).map((c) => c.path)).toContain(
      'Grensearbeid/Tvetydig/Lenkesending',
    );
    expect(flatten(boundaryWorkTemplate('nb').codes).map((c) => c.path)).toContain('Respons/Ikke skriftlig svar');
    expect(flatten(boundaryWorkTemplate('nn').codes).map((c) => c.path)).toContain('Respons/Ikkje skriftleg svar');
    expect(flatten(boundaryWorkTemplate('nn').codes).map((c) => c.path)).toContain('Grensearbeid/Tydeleg');
  });

  it('carries every code the answer key uses, under the same key in every language', () => {
    const used = new Set<string>();
    for (const s of key.sequences) {
      if (s.response) used.add(s.response);
      for (const st of s.strategies) used.add(st.code);
      for (const p of s.position) used.add(p);
    }
    expect(used.size).toBe(13);
    for (const language of languages) {
      const keys = new Set(flatten(boundaryWorkTemplate(language).codes).map((c) => c.entry.key));
      for (const k of used) expect(keys, `${language} lacks ${k}`).toContain(k);
    }
    const keysByLanguage = languages.map((l) => flatten(boundaryWorkTemplate(l).codes).map((c) => c.entry.key));
    expect(keysByLanguage[1]).toEqual(keysByLanguage[0]);
    expect(keysByLanguage[2]).toEqual(keysByLanguage[0]);
    const en = flatten(boundaryWorkTemplate('en').codes);
    expect(en.find((c) => c.entry.key === 'clear')!.path).toBe('Boundary work/Clear');
    expect(en.find((c) => c.entry.key === 'boundary-work')!.path).toBe('Response/Boundary work');
  });

  it('fills in every criterion for every code, in each language, in that language’s own words', () => {
    const [nb, nn, en] = languages.map((l) => flatten(boundaryWorkTemplate(l).codes).map((c) => c.entry));
    for (const entries of [nb!, nn!, en!])
      for (const e of entries)
        for (const field of [
          'name',
          'shortName',
          'definition',
          'inclusion',
          'exclusion',
          'typicalExample',
          'atypicalExample',
        ] as const)
          expect(e[field].trim(), `${e.key}.${field}`).not.toBe('');
    nb!.forEach((e, i) => {
      expect(e.definition, e.key).not.toBe(en![i]!.definition);
      expect(e.definition, e.key).not.toBe(nn![i]!.definition);
    });
  });

  it('says in the Boundary work definition that a segment may carry both a clear and an ambiguous code', () => {
    const find = (l: (typeof languages)[number]) =>
      flatten(boundaryWorkTemplate(l).codes).find((c) => c.entry.key === 'boundary-work-strategies')!.entry.definition;
    expect(find('en')).toMatch(/may carry both a clear and an ambiguous code/);
    expect(find('nb')).toMatch(/både en tydelig og en tvetydig kode/);
    expect(find('nn')).toMatch(/både ein tydeleg og ein tvitydig kode/);
  });

  it('uses invented examples, never the sample dialogues’ wording', () => {
    const quotes = key.sequences.flatMap((s) => [...s.strategies.map((st) => st.quote), ...(s.quote ? [s.quote] : [])]);
    for (const language of languages)
      for (const { entry } of flatten(boundaryWorkTemplate(language).codes))
        for (const q of quotes) {
          expect(entry.typicalExample).not.toContain(q.slice(0, 40));
          expect(entry.atypicalExample).not.toContain(q.slice(0, 40));
        }
  });

  it('is a valid codebook document', () => {
    for (const language of languages) {
      const doc = boundaryWorkTemplate(language);
      expect(parseCodebookJson(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, document: doc });
    }
  });
});

/** CIE76 colour difference in L*a*b*: about 2 is just noticeable, above 15 clearly different. */
function lab(hex: string): [number, number, number] {
  const lin = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [lin(1), lin(3), lin(5)];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

describe('template colours', () => {
  const colours = flatten(boundaryWorkTemplate('en').codes).map((c) => ({ path: c.path, color: c.entry.color }));

  it('are readable on white and on the dark theme (at least 3:1)', () => {
    for (const { path, color } of colours) {
      expect(contrastRatio(color, lightBackground), path).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, darkBackground), path).toBeGreaterThanOrEqual(3);
    }
  });

  it('are clearly different from each other', () => {
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++) {
        const [a, b] = [lab(colours[i]!.color), lab(colours[j]!.color)];
        const difference = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        expect(difference, `${colours[i]!.path} vs ${colours[j]!.path}`).toBeGreaterThan(15);
      }
  });

  it('are the same in every language', () => {
    for (const language of languages)
      expect(flatten(boundaryWorkTemplate(language).codes).map((c) => c.entry.color)).toEqual(
        colours.map((c) => c.color),
      );
  });
});

describe('codePalette (colours for codes that come without one)', () => {
  it('is readable on both themes and has no repeats', () => {
    for (const color of codePalette) {
      expect(contrastRatio(color, lightBackground), color).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, darkBackground), color).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(codePalette).size).toBe(codePalette.length);
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
