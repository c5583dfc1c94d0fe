import { describe, expect, it } from 'vitest';
import { fillLabel, reportLabels, reportLanguages } from '../../../shared/reports';

const leaves = (value: unknown, path = ''): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));

describe('report label catalogues', () => {
  it('give every label in every language, with the same placeholders as English', () => {
    const en = new Map(leaves(reportLabels('en')));
    for (const language of reportLanguages) {
      const labels = leaves(reportLabels(language));
      expect(labels.map(([path]) => path)).toEqual([...en.keys()]);
      for (const [path, text] of labels) {
        expect(text.trim(), `${language} ${path}`).not.toBe('');
        expect(text.match(/\{\w+\}/g), `${language} ${path}`).toEqual(en.get(path)!.match(/\{\w+\}/g));
      }
    }
  });

  it('writes nynorsk as nynorsk, not bokmål', () => {
    expect(reportLabels('nn').source).toBe('Kjelde');
    expect(reportLabels('nn').state['not-started']).toBe('Ikkje starta');
    expect(reportLabels('nb').state['not-started']).toBe('Ikke startet');
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(fillLabel(reportLabels('nb').offsets, { start: 3, end: 9 })).toBe('tegn 3–9');
    expect(fillLabel('{a} og {b}', { a: 1 })).toBe('1 og {b}');
  });
});
