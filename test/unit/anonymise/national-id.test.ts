import { describe, expect, it } from 'vitest';
import { findNationalIds, isValidNationalId } from '../../../shared/anonymise';
import {
  baseWithImpossibleFirstControl,
  baseWithZeroFirstControl,
  completeWithControls,
  syntheticNationalId,
  withWrongControlDigit,
} from './synthetic';

const matches = (text: string) => findNationalIds(text).map((h) => h.match);

describe('isValidNationalId', () => {
  it('accepts numbers built from a date and both control digits', () => {
    for (const [day, month, year] of [
      [1, 1, 1950],
      [15, 3, 1985],
      [31, 12, 1999],
      [29, 2, 2004],
      [28, 2, 2001],
      [30, 4, 2010],
    ] as const) {
      expect(isValidNationalId(syntheticNationalId(day, month, year))).toBe(true);
    }
  });

  it('accepts D-numbers (day + 40)', () => {
    const dNumber = syntheticNationalId(7, 6, 1990, { dNumber: true });
    expect(dNumber.slice(0, 2)).toBe('47');
    expect(isValidNationalId(dNumber)).toBe(true);
  });

  it('rejects a wrong first or second control digit', () => {
    const id = syntheticNationalId(15, 3, 1985);
    expect(isValidNationalId(withWrongControlDigit(id))).toBe(false);
    const wrongFirst = `${id.slice(0, 9)}${(Number(id[9]) + 1) % 10}${id[10]}`;
    expect(isValidNationalId(wrongFirst)).toBe(false);
  });

  it('treats remainder 0 as control digit 0 and a control digit of 10 as invalid', () => {
    const zero = completeWithControls(baseWithZeroFirstControl());
    expect(zero[9]).toBe('0');
    expect(isValidNationalId(zero)).toBe(true);
    const impossible = baseWithImpossibleFirstControl();
    for (let last = 0; last < 100; last++) {
      expect(isValidNationalId(`${impossible}${String(last).padStart(2, '0')}`)).toBe(false);
    }
  });

  it.each([
    ['month 13', 1, 13, 1985],
    ['day 32', 32, 1, 1985],
    ['30 February', 30, 2, 1985],
    ['31 April', 31, 4, 1985],
    ['29 February in a common year', 29, 2, 1985],
    ['day 0', 0, 5, 1985],
    ['month 0', 5, 0, 1985],
  ])('rejects an implausible date: %s', (_label, day, month, year) => {
    // Control digits are valid; only the date is wrong.
    const base = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}`;
    const id = ['123', '124', '125', '126']
      .map((n) => completeWithControls(`${base}${n}`))
      .find((c) => c.length === 11);
    expect(id).toBeDefined();
    expect(isValidNationalId(id as string)).toBe(false);
  });

  it('rejects anything that is not exactly eleven digits', () => {
    const id = syntheticNationalId(15, 3, 1985);
    expect(isValidNationalId(id.slice(1))).toBe(false);
    expect(isValidNationalId(`${id}0`)).toBe(false);
    expect(isValidNationalId(`${id.slice(0, 6)} ${id.slice(6)}`)).toBe(false);
  });
});

describe('findNationalIds', () => {
  const id = syntheticNationalId(15, 3, 1985);
  const spaced = `${id.slice(0, 6)} ${id.slice(6)}`;

  it('finds the plain and the DDMMYY NNNNN form', () => {
    expect(findNationalIds(`fnr ${id}.`)).toEqual([
      { id: 'national-id:4', kind: 'national-id', start: 4, end: 15, match: id, placeholder: '[fødselsnummer]' },
    ]);
    expect(matches(`fnr: ${spaced}, født 1985`)).toEqual([spaced]);
    expect(matches(`(fnr${id})`)).toEqual([id]);
  });

  it('does not take invalid control digits, longer runs or other numbers', () => {
    expect(matches(`fnr ${withWrongControlDigit(id)}`)).toEqual([]);
    expect(matches(`nr 1${id}`)).toEqual([]);
    expect(matches(`nr ${id}2`)).toEqual([]);
    expect(matches('konto 1234.56.78903 og 1234 56 78903')).toEqual([]);
    expect(matches('98765432 og 24.12.2023')).toEqual([]);
  });
});
