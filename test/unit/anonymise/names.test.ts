import { describe, expect, it } from 'vitest';
import { findNames, placeholderSpans } from '../../../shared/anonymise';

const matches = (text: string, names: string[]) => findNames(text, names).map((h) => h.match);

describe('findNames', () => {
  it('matches whole words, ignoring case, with æøå at the edges', () => {
    const text = 'Åse og åse og ÅSE, men ikke Kåre, Håse eller Åsen.';
    expect(matches(text, ['Åse'])).toEqual(['Åse', 'åse', 'ÅSE']);
    expect(matches('Kåre og Bjørn', ['Kåre', 'bjørn'])).toEqual(['Kåre', 'Bjørn']);
    expect(matches('Kåre', ['Åre'])).toEqual([]);
    expect(matches('Bjørnar', ['Bjørn'])).toEqual([]);
  });

  it('gives the hit its offsets, placeholder and stable id', () => {
    expect(findNames('Hei, Åse!', ['Åse'])).toEqual([
      { id: 'name:5', kind: 'name', start: 5, end: 8, match: 'Åse', placeholder: '[Navn]' },
    ]);
  });

  it('prefers the longest name and lets a multi-word name span any whitespace', () => {
    const names = ['Kari', 'Kari Nordmann', 'Nordmann'];
    expect(matches('Kari Nordmann kom.', names)).toEqual(['Kari Nordmann']);
    expect(matches('Kari\nNordmann kom.', names)).toEqual(['Kari\nNordmann']);
    expect(matches('Kari kom, Nordmann gikk.', names)).toEqual(['Kari', 'Nordmann']);
    expect(matches('Ola Kari Nordmann', ['Kari Nordmann', 'Ola Kari'])).toEqual(['Ola Kari']);
  });

  it('matches a name typed with a combining ring (NFD) as well as the composed letter', () => {
    expect(matches('A\u030Ase kom.', ['Åse'])).toEqual(['A\u030Ase']);
    expect(matches('Åse kom.', ['A\u030Ase'])).toEqual(['Åse']);
  });

  it('leaves a capitalised genitive s outside the hit, but not a lower-case word', () => {
    expect(matches('Karis mor og Kari’s far', ['Kari'])).toEqual(['Kari', 'Kari']);
    expect(matches('2 pers. og Pers bil', ['Per'])).toEqual(['Per']);
    expect(findNames('Pers bil', ['Per'])[0]?.end).toBe(3);
  });

  it('never matches inside placeholders that are already there', () => {
    const text = 'Hei [Navn], bor du i <Navn på kommune>? Navn: Kari';
    expect(matches(text, ['Navn', 'Kari', 'kommune'])).toEqual(['Navn', 'Kari']);
    expect(findNames(text, ['Navn'])[0]?.start).toBe(text.indexOf('Navn:'));
  });

  it('still matches in brackets that hold real data rather than a placeholder', () => {
    expect(matches('[Kari 98765432]', ['Kari'])).toEqual(['Kari']);
    // The detector sees the name in the address too; scanForPersonalData lets the e-mail win.
    expect(matches('[Kari ringte kari@eksempel.no]', ['Kari'])).toEqual(['Kari', 'kari']);
  });

  it('treats names literally and ignores empty entries', () => {
    expect(matches('O’Neil og Kari (K)', ['O’Neil', 'Kari (K)', '', '  '])).toEqual(['O’Neil', 'Kari (K)']);
    expect(matches('Kari og Ola', ['.*', 'K.ri', '[A-Z]la'])).toEqual([]);
    expect(findNames('Kari', [])).toEqual([]);
  });
});

describe('placeholderSpans', () => {
  it('finds short bracketed placeholders but not data or comparisons', () => {
    const text = '[Navn] <Navn på kommune> [tlf 98765432] a < b og c > d [ x ]';
    expect(placeholderSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['[Navn]', '<Navn på kommune>']);
  });
});
