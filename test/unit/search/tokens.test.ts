import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/search';
import { termProcessor } from '../../../shared/search/terms';

describe('tokenize', () => {
  it('keeps æ, ø and å inside words and gives exact offsets', () => {
    const text = 'Søknaden om bærekraftig støtte – på Østlandet.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Søknaden', 'om', 'bærekraftig', 'støtte', 'på', 'Østlandet']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps a hyphenated compound whole, with its runs as parts', () => {
    const [token] = tokenize('Nav-kontoret');
    expect(token).toMatchObject({ text: 'Nav-kontoret', start: 0, end: 12 });
    expect(token!.parts.map((p) => p.text)).toEqual(['Nav', 'kontoret']);
    expect(token!.parts[1]).toMatchObject({ start: 4, end: 12 });
  });

  it('reads anonymisation placeholders as one token each', () => {
    const text = 'Jeg var på <Navn på kontor> i [stedsnavn] i går.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toContain('<Navn på kontor>');
    expect(tokens.map((t) => t.text)).toContain('[stedsnavn]');
    const placeholder = tokens.find((t) => t.text === '<Navn på kontor>')!;
    expect(placeholder.placeholder).toBe(true);
    expect(text.slice(placeholder.start, placeholder.end)).toBe('<Navn på kontor>');
  });

  it('does not take a lone comparison sign for a placeholder', () => {
    expect(tokenize('3 < 5 og 7 > 6').map((t) => t.text)).toEqual(['3', '5', 'og', '7', '6']);
  });
});

describe('terms', () => {
  const bokmal = termProcessor({ language: 'nb', stopWords: true, foldAa: false });
  const nynorsk = termProcessor({ language: 'nn', stopWords: true, foldAa: false });
  const english = termProcessor({ language: 'en', stopWords: true, foldAa: false });

  it.each([
    [['vedtak', 'vedtaket', 'vedtakene', 'vedtaka']],
    [['klage', 'klagen', 'klager']],
    [['time', 'timen']],
    [['søknad', 'søknaden', 'Søknaden']],
  ])('bokmål inflections share one term: %j', (words) => {
    expect(new Set(words.map((w) => bokmal.term(w))).size).toBe(1);
  });

  it('nynorsk inflections share one term (jenta/jentene, husa/huset)', () => {
    expect(nynorsk.term('jenta')).toBe(nynorsk.term('jentene'));
    expect(nynorsk.term('husa')).toBe(nynorsk.term('huset'));
  });

  it('English inflections share one term', () => {
    expect(english.term('decisions')).toBe(english.term('decision'));
    expect(english.term('complaints')).toBe(english.term('complaint'));
  });

  it('drops stop words per language, and keeps them when switched off', () => {
    expect(bokmal.term('ikke')).toBeNull();
    expect(nynorsk.term('ikkje')).toBeNull();
    expect(english.term('the')).toBeNull();
    expect(english.term('ikke')).not.toBeNull();
    expect(termProcessor({ language: 'nb', stopWords: false, foldAa: false }).term('ikke')).toBe('ikk');
  });

  it('lower-cases properly and composes å typed as a + ring', () => {
    expect(bokmal.term('ÅSEN')).toBe(bokmal.term('åsen'));
    expect(bokmal.term('a\u030asen')).toBe(bokmal.term('åsen'));
  });

  it('folds aa to å only on request', () => {
    const folding = termProcessor({ language: 'nb', stopWords: true, foldAa: true });
    expect(folding.term('Aasen')).toBe(folding.term('Åsen'));
    expect(bokmal.term('Aasen')).not.toBe(bokmal.term('Åsen'));
  });

  it('indexes a compound whole and by its parts, a placeholder as written and by its words', () => {
    expect(bokmal.indexTerms('Nav-kontoret')).toEqual([bokmal.term('Nav-kontoret'), 'nav', bokmal.term('kontoret')]);
    expect(bokmal.indexTerms('<Navn på kontor>')[0]).toBe('<navn på kontor>');
    expect(bokmal.indexTerms('<Navn på kontor>')).not.toContain('på');
  });
});
