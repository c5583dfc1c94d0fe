import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  parseReviewCommentsFile,
  pickExamples,
  planImportComments,
  reviewPackageHtml,
  reviewPackageMarkdown,
  reviewPackageBlocks,
  reviewPackageDocx,
  snapshotCodebook,
  type ReviewPackageInput,
} from '../../../shared/review';
import { makeCode, makeCoding } from '../codebook/make-code';
import { fixedContext } from '../plan-context';

const hostile = `<img src=x onerror=alert(1)>"'&</script><script src="https://evil.example/x.js"></script>`;
const text = 'Jeg ringte NAV tre ganger i uka. Ingen svarte. Saksbehandleren sa at søknaden var borte.';

function input(): ReviewPackageInput {
  const codes = [
    { ...makeCode('hjelp', hostile), definition: `Når brukeren ${hostile} ber om hjelp` },
    makeCode('frustrasjon', 'Frustrasjon', 'hjelp', 0),
  ];
  const span = (part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];
  const codings = [
    makeCoding('c1', 'hjelp', 's1', ...span('Jeg ringte NAV tre ganger i uka.')),
    makeCoding('c2', 'hjelp', 's1', ...span('Ingen svarte.')),
    makeCoding('c3', 'frustrasjon', 's1', ...span('Saksbehandleren sa at søknaden var borte.')),
  ];
  return {
    packageId: 'pk1',
    projectId: 'p',
    projectName: `Prosjekt ${hostile}`,
    versionName: 'Versjon 2',
    language: 'nb',
    snapshot: snapshotCodebook(codes, codings),
    examples: pickExamples(codings, 1, () => ({ name: `intervju-${hostile}.txt`, text, order: 0 })),
  };
}

describe('review package HTML', () => {
  const html = reviewPackageHtml(input());

  it('loads nothing from outside: no script src, no remote URL, a CSP that forbids it', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    // A hostile name may *mention* a URL as text; nothing may load one.
    expect(html).not.toMatch(/(?:src|href|action|srcset|poster)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/\burl\(|@import/i);
    expect(reviewPackageHtml({ ...input(), projectName: 'Prosjekt', snapshot: snapshotCodebook([makeCode('a', 'A')], []), examples: {} })).not.toMatch(/https?:\/\//i);
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('escapes hostile names, definitions and source names into text', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</script><script');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;&#34;&#39;&#38;');
  });

  it('shows the codebook, definitions and at most N examples per code, readable without script', () => {
    expect(html).toContain('Definisjon');
    expect(html).toContain('Jeg ringte NAV tre ganger i uka.');
    expect(html).not.toContain('Ingen svarte.'); // the second example of "hjelp" is over the limit of 1
    expect(html).toContain('Saksbehandleren sa at søknaden var borte.');
    expect(html).toContain('data-coding-id="c1"');
    // Comment boxes appear only when the script runs; the text does not depend on it.
    expect(html).toMatch(/<textarea hidden data-comment/);
  });
});

describe('review package Markdown', () => {
  it('prints codes and examples with researcher text escaped', () => {
    const md = reviewPackageMarkdown(input());
    expect(md).toContain('> Jeg ringte NAV tre ganger i uka.');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).not.toMatch(/[^\\]<img/);
  });
});

describe('review package Word file', () => {
  it('holds the codebook with the examples as quotations, at most N per code, in a real .docx', async () => {
    const blocks = reviewPackageBlocks(input());
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: `Prosjekt ${hostile}` });
    expect(blocks.filter((b) => b.kind === 'quote').map((b) => (b as { text: string }).text)).toEqual([
      'Jeg ringte NAV tre ganger i uka.',
      'Saksbehandleren sa at søknaden var borte.',
    ]);
    const bytes = await reviewPackageDocx(input());
    const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(document).toContain('Saksbehandleren sa at søknaden var borte.');
    // The hostile name is text in the document, never markup.
    expect(document).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('review comments file', () => {
  const file = {
    format: 'kodebok-review-comments',
    version: 1,
    packageId: 'pk1',
    projectId: 'p',
    author: 'Veileder Vik',
    comments: [
      { target: { kind: 'code', codeId: 'hjelp' }, text: 'Definisjonen er for vid.' },
      { target: { kind: 'coding', codeId: 'hjelp', codingId: 'c1' }, text: 'Dette er heller frustrasjon.' },
      { target: { kind: 'coding', codeId: 'hjelp', codingId: 'slettet' }, text: 'Koden finnes, kodingen ikke.' },
      { target: { kind: 'code', codeId: 'borte' }, text: 'Koden er slettet.' },
    ],
  };

  it('round-trips: each comment lands on its code or coding, lost targets are counted', () => {
    const parsed = parseReviewCommentsFile(JSON.stringify(file), 'p');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = planImportComments(parsed.file, { codeIds: new Set(['hjelp']), codingCodes: new Map([['c1', 'hjelp']]) }, 'Ukjent', fixedContext());
    expect(result.added.map((c) => [c.target, c.author, c.text])).toEqual([
      [{ kind: 'code', codeId: 'hjelp' }, 'Veileder Vik', 'Definisjonen er for vid.'],
      [{ kind: 'coding', codingId: 'c1', codeId: 'hjelp' }, 'Veileder Vik', 'Dette er heller frustrasjon.'],
      [{ kind: 'code', codeId: 'hjelp' }, 'Veileder Vik', 'Koden finnes, kodingen ikke.'],
    ]);
    expect(result.skipped).toBe(1);
    expect(result.writes.every((w) => w.op === 'put' && w.table === 'reviewComments')).toBe(true);
  });

  it('refuses what is not JSON, not a comments file, or from another project', () => {
    expect(parseReviewCommentsFile('{nope', 'p')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(parseReviewCommentsFile(JSON.stringify({ ...file, format: 'x' }), 'p')).toEqual({ ok: false, error: { code: 'not-comments-file' } });
    expect(parseReviewCommentsFile(JSON.stringify(file), 'annet')).toEqual({ ok: false, error: { code: 'other-project' } });
  });
});
