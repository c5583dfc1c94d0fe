import { describe, expect, it } from 'vitest';
import { parseDelay } from '../../../shared/import';

describe('parseDelay', () => {
  const cases: [string, number, number][] = [
    ['samme dag', 0, 24],
    ['same dag', 0, 24],
    ['same day', 0, 24],
    ['samme ettermiddag', 0, 12],
    ['same ettermiddag', 0, 12],
    ['2 timer senere', 2, 2],
    ['to timer etter', 2, 2],
    ['tre timar seinare', 3, 3],
    ['4 timar etter', 4, 4],
    ['five hours later', 5, 5],
    ['1 hour later', 1, 1],
    ['en time senere', 1, 1],
    ['dagen etter', 24, 24],
    ['neste dag', 24, 24],
    ['dagen derpå', 24, 24],
    ['next day', 24, 24],
    ['the next day', 24, 24],
    ['2 dager senere', 48, 48],
    ['to dager etter', 48, 48],
    ['tre dager etter', 72, 72],
    ['fire dagar seinare', 96, 96],
    ['tri dagar etter', 72, 72],
    ['3 days later', 72, 72],
    ['two days later', 48, 48],
    ['seks dager senere', 144, 144],
    ['sju dager senere', 168, 168],
    ['syv dager senere', 168, 168],
    ['åtte dager etter', 192, 192],
    ['ni dager etter', 216, 216],
    ['ti dager etter', 240, 240],
    ['tolv timer senere', 12, 12],
    ['fem timer senere', 5, 5],
    ['ett døgn senere', 24, 24],
    ['en uke etter', 168, 168],
    ['ei uke etter', 168, 168],
    ['ei veke etter', 168, 168],
    ['a week later', 168, 168],
    ['6 timer senere samme ettermiddag', 6, 6],
    ['samme dag, 3 timer senere', 3, 3],
    ['2-3 dager senere', 48, 72],
    ['ca. 2 timer senere', 2, 2],
    ['30 minutter senere', 0.5, 0.5],
  ];
  it.each(cases)('reads "%s" as %d–%d hours', (phrase, min, max) => {
    expect(parseDelay(phrase)).toEqual({ phrase, minHours: min, maxHours: max });
  });

  it('ignores case, extra spaces and trailing punctuation, keeping the phrase as written', () => {
    expect(parseDelay('  Dagen   ETTER. ')).toEqual({ phrase: 'Dagen ETTER', minHours: 24, maxHours: 24 });
    expect(parseDelay('Samme dag!')).toEqual({ phrase: 'Samme dag', minHours: 0, maxHours: 24 });
  });

  it('leaves phrases it does not fully understand unknown rather than half-read', () => {
    expect(parseDelay('om en stund')).toEqual({ phrase: 'om en stund', minHours: null, maxHours: null });
    expect(parseDelay('ikke samme dag')).toEqual({ phrase: 'ikke samme dag', minHours: null, maxHours: null });
    expect(parseDelay('ler')).toEqual({ phrase: 'ler', minHours: null, maxHours: null });
    expect(parseDelay('')).toEqual({ phrase: '', minHours: null, maxHours: null });
  });
});
