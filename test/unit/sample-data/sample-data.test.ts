// Checks the invented sample data in sample-data/: the answer key reproduces the study's table,
// the files are in the formats the importers expect, and nothing looks like personal data.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../sample-data/', import.meta.url));
const path = (p: string): string => join(ROOT, p);
const readUtf8 = (p: string): string => readFileSync(path(p), 'utf8');

type Response = 'no-written-response' | 'help-without-boundary-work' | 'boundary-work' | null;
type StrategyCode =
  | 'explicit-referral'
  | 'implicit-contrast'
  | 'position-shift'
  | 'link-sending'
  | 'stretch'
  | 'answer-then-refer';
interface KeyEntry {
  thread: string;
  response: Response;
  strategies: { code: StrategyCode; quote: string }[];
  position: string[];
  quote?: string;
}
interface Key {
  source: string;
  sequences: KeyEntry[];
}

const CLEAR: StrategyCode[] = ['explicit-referral', 'implicit-contrast', 'position-shift'];
const AMBIGUOUS: StrategyCode[] = ['link-sending', 'stretch', 'answer-then-refer'];
const POSITIONS = ['bureaucratic', 'pedagogical', 'helper', 'motivator'];
const USER_LABELS = ['Bruker', 'Deltaker'];
const CASEWORKER_LABELS = ['Veileder', 'Saksbehandler', 'Rettleiar'];
const DELAYS = [
  'samme dag',
  'samme ettermiddag',
  '3 timer senere',
  '6 timer senere samme ettermiddag',
  'dagen etter',
  'neste dag',
  'to dager etter',
  '2 dager senere',
  'tre dager etter',
  'fire dager senere',
  'ei uke etter',
  'to dagar seinare',
];

const dialogText = readUtf8('dialoger/aktivitetsplan-dialoger.txt');
const key = JSON.parse(readUtf8('dialoger/boundary-work-key.json')) as Key;

interface Message {
  label: string;
  delay: string | null;
  text: string;
}
interface Thread {
  id: string;
  title: string;
  body: string;
  messages: Message[];
}

/** A deliberately small reader of the quoting style, enough to check the sample file. */
function readThreads(text: string): Thread[] {
  const threads: Thread[] = [];
  const labelRe = new RegExp(
    `^(${[...USER_LABELS, ...CASEWORKER_LABELS].join('|')}):[ ]?(?:\\(([^)]*)\\))?[ ]?(.*)$`,
  );
  for (const line of text.split('\n')) {
    const sep = /^(Dialog \d+): (.+)$/.exec(line);
    if (sep) {
      threads.push({ id: sep[1]!, title: sep[2]!, body: '', messages: [] });
      continue;
    }
    const thread = threads.at(-1);
    if (!thread) throw new Error(`text before the first thread: ${line}`);
    thread.body += `${line}\n`;
    const m = labelRe.exec(line);
    if (m) thread.messages.push({ label: m[1]!, delay: m[2] ?? null, text: m[3] ?? '' });
    else if (line.trim() !== '') {
      const last = thread.messages.at(-1);
      if (!last) throw new Error(`text before the first message in ${thread.id}: ${line}`);
      last.text += `\n${line}`;
    }
  }
  return threads;
}

const threads = readThreads(dialogText);
const threadById = new Map(threads.map((t) => [t.id, t]));
const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe('aktivitetsplan-dialoger.txt', () => {
  it('has at least 50 threads, numbered 1..N without gaps', () => {
    const separators = dialogText.match(/^Dialog \d+/gm) ?? [];
    expect(separators.length).toBeGreaterThanOrEqual(50);
    expect(separators).toEqual(separators.map((_, i) => `Dialog ${i + 1}`));
  });

  it('is UTF-8 with LF line endings and Norwegian letters', () => {
    expect(dialogText.includes('\r')).toBe(false);
    for (const ch of 'æøåÆØÅ') expect(dialogText.includes(ch), ch).toBe(true);
  });

  it('uses only the documented speaker labels and delay phrases', () => {
    for (const line of dialogText.split('\n')) {
      const labelLike = /^([\p{L}][\p{L}\d ]*):/u.exec(line);
      if (!labelLike || /^Dialog \d+:/.test(line)) continue;
      expect([...USER_LABELS, ...CASEWORKER_LABELS]).toContain(labelLike[1]);
    }
    const delays = threads.flatMap((t) => t.messages.map((m) => m.delay).filter((d) => d !== null));
    for (const d of delays) expect(DELAYS).toContain(d);
    expect(new Set(delays)).toEqual(new Set(DELAYS));
  });

  it('gives every thread 1–6 messages, each non-empty', () => {
    for (const t of threads) {
      expect(t.messages.length, t.id).toBeGreaterThanOrEqual(1);
      expect(t.messages.length, t.id).toBeLessThanOrEqual(6);
      for (const m of t.messages) expect(m.text.trim(), t.id).not.toBe('');
    }
  });
});

describe('boundary-work-key.json', () => {
  const seqs = key.sequences;
  const social = seqs.filter((s) => s.response !== null);
  const count = (r: Response): number => seqs.filter((s) => s.response === r).length;
  const strategyCount = (codes: StrategyCode[]): number =>
    seqs.flatMap((s) => s.strategies).filter((st) => codes.includes(st.code)).length;

  it('points at the dialogue file and has one entry per thread, in order', () => {
    expect(key.source).toBe('aktivitetsplan-dialoger.txt');
    expect(seqs.map((s) => s.thread)).toEqual(threads.map((t) => t.id));
  });

  it('reproduces the table: 47 sequences, 3 / 13 / 31', () => {
    expect(social).toHaveLength(47);
    expect(count('no-written-response')).toBe(3);
    expect(count('help-without-boundary-work')).toBe(13);
    expect(count('boundary-work')).toBe(31);
  });

  it('has 10 clear and 23 ambiguous excerpts, exactly 2 threads with both', () => {
    expect(strategyCount(CLEAR)).toBe(10);
    expect(strategyCount(AMBIGUOUS)).toBe(23);
    const both = seqs.filter(
      (s) => s.strategies.some((st) => CLEAR.includes(st.code)) && s.strategies.some((st) => AMBIGUOUS.includes(st.code)),
    );
    expect(both).toHaveLength(2);
  });

  it('spreads the strategies as described (link sending most frequent)', () => {
    const by = (c: StrategyCode): number => strategyCount([c]);
    expect(by('link-sending')).toBe(10);
    expect(by('stretch')).toBe(7);
    expect(by('answer-then-refer')).toBe(6);
    expect(by('explicit-referral')).toBe(5);
    expect(by('implicit-contrast')).toBe(3);
    expect(by('position-shift')).toBe(2);
  });

  it('codes strategies only on boundary work, and every boundary-work thread has one', () => {
    for (const s of seqs) {
      if (s.response === 'boundary-work') expect(s.strategies.length, s.thread).toBeGreaterThan(0);
      else expect(s.strategies, s.thread).toEqual([]);
      for (const p of s.position) expect(POSITIONS).toContain(p);
    }
  });

  it('quotes verbatim: each quote occurs exactly once in its thread, in the right speaker’s message', () => {
    for (const s of seqs) {
      const t = threadById.get(s.thread);
      expect(t, s.thread).toBeDefined();
      if (!t) continue;
      const from = (labels: string[]): string =>
        t.messages
          .filter((m) => labels.includes(m.label))
          .map((m) => m.text)
          .join('\n\n');
      for (const st of s.strategies) {
        expect(occurrences(t.body, st.quote), `${s.thread}: ${st.quote}`).toBe(1);
        expect(from(CASEWORKER_LABELS), `${s.thread}: ${st.quote}`).toContain(st.quote);
      }
      if (s.response === 'help-without-boundary-work' || s.response === 'no-written-response') {
        expect(s.quote, s.thread).toBeTruthy();
        const quote = s.quote ?? '';
        expect(occurrences(t.body, quote), `${s.thread}: ${quote}`).toBe(1);
        const speakers = s.response === 'help-without-boundary-work' ? CASEWORKER_LABELS : USER_LABELS;
        expect(from(speakers), `${s.thread}: ${quote}`).toContain(quote);
      }
    }
  });
});

describe('eldre-eksport-cp1252.txt', () => {
  const bytes = readFileSync(path('dialoger/eldre-eksport-cp1252.txt'));

  it('is not valid UTF-8', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('decodes as Windows-1252 to Norwegian text with CRLF line endings', () => {
    const text = iconv.decode(bytes, 'win1252');
    for (const ch of 'æøåÆØÅ«»–—') expect(text).toContain(ch);
    expect(text).toContain('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.match(/^Dialog \d+: /gm)?.length).toBeGreaterThanOrEqual(3);
  });
});

describe('intervju-03-veileder.docx', () => {
  const bytes = readFileSync(path('intervjuer/intervju-03-veileder.docx'));

  it('is a zip holding word/document.xml, under 100 KB', () => {
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeLessThan(100 * 1024);
    const entries = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']),
    );
  });

  it('matches its plain-text twin (one paragraph per non-empty line)', () => {
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
    const twin = readUtf8('intervjuer/intervju-03-veileder.kilde.txt')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(xml.match(/<w:p>/g)?.length).toBe(twin.length);
  });
});

describe('other files', () => {
  it('dialoglogg-eksport.csv parses to 30 rows in 8 threads with the documented header', () => {
    const parsed = Papa.parse<Record<string, string>>(readUtf8('dialoger/dialoglogg-eksport.csv'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['tråd', 'tidspunkt', 'avsender', 'rolle', 'melding']);
    expect(parsed.data).toHaveLength(30);
    expect(new Set(parsed.data.map((r) => r['tråd'])).size).toBe(8);
    for (const r of parsed.data) expect(r['tidspunkt']).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    expect(parsed.data.some((r) => (r['melding'] ?? '').includes('\n'))).toBe(true);
  });

  it('samtale-utdrag.vtt is WebVTT with about 40 voiced cues', () => {
    const vtt = readUtf8('opptak/samtale-utdrag.vtt');
    expect(vtt.startsWith('WEBVTT')).toBe(true);
    const cues = vtt.match(/^\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3}$/gm) ?? [];
    expect(cues.length).toBe(40);
    expect(vtt.match(/<v (Intervjuer|Informant)>/g)?.length).toBe(40);
  });

  it('deltakere.csv lists the five focus-group participants', () => {
    const parsed = Papa.parse<Record<string, string>>(readUtf8('fokusgrupper/deltakere.csv'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual(['deltaker', 'gruppe', 'rolle', 'aldersgruppe', 'arbeidssted']);
    const transcript = readUtf8('fokusgrupper/fokusgruppe-vignett.txt');
    for (const r of parsed.data) expect(transcript).toContain(`${r['deltaker']}:`);
    expect(parsed.data).toHaveLength(5);
  });

  it('demo-project.json names files that exist', () => {
    const manifest = JSON.parse(readUtf8('demo-project.json')) as {
      name: { nb: string; en: string };
      codingKey: string;
      participantAttributes: string;
      files: { path: string }[];
    };
    expect(manifest.name.nb).toBe('Demo: Grensearbeid i digitale dialoger');
    expect(manifest.files.length).toBeGreaterThanOrEqual(8);
    for (const f of [...manifest.files.map((x) => x.path), manifest.codingKey, manifest.participantAttributes]) {
      expect(existsSync(path(f)), f).toBe(true);
    }
  });
});

describe('no personal data', () => {
  const listFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    });

  /** Text of every sample file, with the docx unzipped and the cp1252 file decoded. */
  const texts = listFiles(ROOT).map((file): [string, string] => {
    const bytes = readFileSync(file);
    const rel = relative(ROOT, file);
    if (file.endsWith('.docx')) {
      const entries = unzipSync(new Uint8Array(bytes));
      return [rel, Object.values(entries).map((e) => strFromU8(e)).join('\n')];
    }
    if (file.includes('cp1252')) return [rel, iconv.decode(bytes, 'win1252')];
    return [rel, bytes.toString('utf8')];
  });

  it('covers every file', () => {
    expect(texts.length).toBeGreaterThanOrEqual(12);
  });

  it.each(texts)('%s has no phone number, e-mail address or 11-digit number', (_rel, text) => {
    // 8-digit Norwegian phone numbers: 12345678, 12 34 56 78, 123 45 678, optionally +47.
    expect(text).not.toMatch(/(?<!\d)(?:\+47[ ]?)?(?:\d{8}|\d{2}(?:[ ]\d{2}){3}|\d{3}[ ]\d{2}[ ]\d{3})(?!\d)/);
    expect(text).not.toMatch(/[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/);
    // Fødselsnummer: 11 digits, also written 6 + 5.
    expect(text).not.toMatch(/(?<!\d)(?:\d{11}|\d{6}[ ]\d{5})(?!\d)/);
  });
});
