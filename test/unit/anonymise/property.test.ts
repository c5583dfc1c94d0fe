import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAnonymisation, scanForPersonalData, type Hit } from '../../../shared/anonymise';
import { syntheticNationalId } from './synthetic';

/** Invented names, some with æøå, one of two words, one that is also part of another. */
const NAME_POOL = ['Kari Nordmann', 'Kari', 'Åse', 'Bjørn Øvrebø', 'Ola', 'Per', 'Søren Ås'];

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

const phone = fc
  .tuple(
    fc.integer({ min: 2, max: 9 }),
    digits(7),
    fc.constantFrom('', '+47 ', '+47', '0047 '),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([first, rest, prefix, grouping]) => {
    const d = `${first}${rest}`;
    const grouped = [d, `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`, d.replace(/(\d\d)(?=\d)/g, '$1 ')][grouping];
    return `${prefix}${grouped}`;
  });

const word = (chars: string, min = 1, max = 8) =>
  fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((c) => c.join(''));
const email = fc
  .tuple(
    word('abcæøå019_'),
    fc.option(word('xyz.', 1, 3).filter((w) => !w.startsWith('.') && !w.endsWith('.') && !w.includes('..'))),
    word('eksmpl-ø', 2, 8),
    fc.constantFrom('no', 'com', 'org'),
  )
  .filter(([, , domain]) => !domain.startsWith('-') && !domain.endsWith('-'))
  .map(([local, extra, domain, tld]) => `${local}${extra ? `.${extra}` : ''}@${domain}.${tld}`);

const nationalId = fc
  .tuple(
    fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([date, individual, dNumber, spaced]) => {
    const id = syntheticNationalId(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear(), {
      individual,
      dNumber,
    });
    return spaced ? `${id.slice(0, 6)} ${id.slice(6)}` : id;
  });

const address = fc
  .tuple(
    fc.constantFrom('Stor', 'Kirke', 'Løvås', 'Skole', 'Fjord', 'Bjørke'),
    fc.constantFrom('gata', 'veien', 'vegen', 'stien', 'bakken', 'plass'),
    fc.integer({ min: 1, max: 250 }),
    fc.constantFrom('', 'B', 'a'),
    fc.option(
      fc.tuple(
        digits(4),
        fc.constantFrom(', ', ' ', '\n'),
        fc.constantFrom('Oslo', 'Bergen', 'Tromsø', 'Ålesund', 'Mo i Rana'),
      ),
    ),
  )
  .map(
    ([stem, suffix, no, letter, post]) =>
      `${stem}${suffix} ${no}${letter}${post ? `${post[1]}${post[0]} ${post[2]}` : ''}`,
  );

const casing = (name: string) => fc.constantFrom(name, name.toLocaleLowerCase('nb'), name.toLocaleUpperCase('nb'));
const nameOf = (names: string[]) => fc.constantFrom(...names).chain(casing);

/** Everyday text, including the near-misses the detectors must leave alone. */
const SAFE_FILLER = [
  'Hei',
  'og',
  'saksbehandler',
  'det går bra',
  '12 000 kr',
  'i 2024',
  '24.12.2023',
  '1234.56.78903',
  '987 654 321',
  'Solbakken 45 år',
  '0155 Oslo',
  '[Navn]',
  '<Navn på kommune>',
  'gate',
  'ærlig talt',
  '😀',
  '',
];
/** Arbitrary short strings over characters that can glue onto or break up personal data. */
const noise = word('aKåØ 19.,@[]<>-+\n', 0, 6);

function insertedText(names: string[], filler: fc.Arbitrary<string>, separators: fc.Arbitrary<string>) {
  const piece = fc.oneof(phone, email, nationalId, address, nameOf(names));
  return fc.array(fc.tuple(filler, separators, piece, separators), { maxLength: 8 }).chain((parts) =>
    filler.map((tail) => {
      let text = '';
      const inserted: { start: number; end: number }[] = [];
      for (const [before, sep1, value, sep2] of parts) {
        text += `${before}${sep1}`;
        inserted.push({ start: text.length, end: text.length + value.length });
        text += `${value}${sep2}`;
      }
      return { text: text + tail, inserted };
    }),
  );
}

const nameLists = fc.subarray(NAME_POOL, { minLength: 1 });

/** Random message ranges over the text, possibly overlapping, empty, or cutting through hits. */
const rangesOver = (length: number) =>
  fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
    { maxLength: 6 },
  );

/**
 * The expected new body of a range, computed without the offset map: grow the range over any
 * replaced stretch it cuts into, then replace the hits inside it by plain string slicing.
 */
function expectedBody(text: string, hits: readonly Hit[], range: { start: number; end: number }): string {
  let { start, end } = range;
  for (const hit of hits) {
    if (hit.start < start && start < hit.end) start = hit.start;
    if (hit.start < end && end < hit.end) end = hit.end;
  }
  let body = '';
  let cursor = start;
  for (const hit of hits) {
    if (hit.start >= start && hit.end <= end) {
      body += text.slice(cursor, hit.start) + hit.placeholder;
      cursor = hit.end;
    }
  }
  return body + text.slice(cursor, end);
}

describe('anonymisation properties', () => {
  it('leaves nothing for a second scan to find', () => {
    const separators = fc.constantFrom('', ' ', '\n', ', ', '.', '(');
    const cases = nameLists.chain((names) =>
      insertedText(names, fc.oneof(fc.constantFrom(...SAFE_FILLER), noise), separators).map((t) => ({ ...t, names })),
    );
    fc.assert(
      fc.property(cases, ({ text, names }) => {
        const hits = scanForPersonalData(text, { names });
        const { text: anonymised } = applyAnonymisation(text, hits);
        expect(scanForPersonalData(anonymised, { names })).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('finds every value inserted between ordinary words', () => {
    // No bare space: `kr 98765432` is read as an amount and `98 76 54 32 12 000 kr` as one long
    // run of digit groups, both on purpose (see phone.test.ts).
    const separators = fc.constantFrom('\n', ', ', '. ', ' – ');
    const cases = nameLists.chain((names) =>
      insertedText(names, fc.constantFrom(...SAFE_FILLER), separators).map((t) => ({ ...t, names })),
    );
    fc.assert(
      fc.property(cases, ({ text, inserted, names }) => {
        const hits = scanForPersonalData(text, { names });
        for (const value of inserted) {
          const covered = hits.some((h) => h.start <= value.start && value.end <= h.end);
          expect(covered, `${JSON.stringify(text.slice(value.start, value.end))} in ${JSON.stringify(text)}`).toBe(
            true,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('remaps every message so it reads as its old body with the same replacements', () => {
    const separators = fc.constantFrom('', ' ', '\n', ', ');
    const cases = nameLists
      .chain((names) =>
        insertedText(names, fc.oneof(fc.constantFrom(...SAFE_FILLER), noise), separators).map((t) => ({ ...t, names })),
      )
      .chain((c) => {
        const hits = scanForPersonalData(c.text, { names: c.names });
        return fc
          .tuple(fc.subarray(hits), rangesOver(c.text.length))
          .map(([accepted, messages]) => ({ ...c, accepted, messages }));
      });
    fc.assert(
      fc.property(cases, ({ text, accepted, messages }) => {
        const result = applyAnonymisation(text, accepted, messages);
        result.messages.forEach((message, i) => {
          const old = messages[i] as { start: number; end: number };
          expect(result.text.slice(message.start, message.end)).toBe(expectedBody(text, accepted, old));
        });
      }),
      { numRuns: 400 },
    );
  });
});
