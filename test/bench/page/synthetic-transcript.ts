import type { Coding, Message } from '../../../shared/model';

/** A small deterministic generator, so every bench run measures the same document. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const words = 'jeg veileder bruker svarer sosialhjelp husleie aktivitetsplan dialogen frist kontoret søknad utbetaling tiltak møte spørsmål grensen henvise saksbehandler hjelpe forklare økonomi avtale'.split(' ');

/** An invented interview of about `chars` characters: alternating I/IP turns with offsets, like the importer produces. */
export function syntheticTranscript(chars: number, seed = 7): { text: string; messages: Message[] } {
  const rnd = random(seed);
  let text = '';
  const messages: Message[] = [];
  const now = '2026-01-01T00:00:00.000Z';
  for (let order = 0; text.length < chars; order++) {
    const label = order % 2 === 0 ? 'I: ' : 'IP: ';
    const n = 20 + Math.floor(rnd() * 60);
    const body = Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ') + '.';
    text += label;
    const start = text.length;
    text += body;
    messages.push({
      id: `m${order}`,
      sourceId: 'bench',
      projectId: 'bench',
      order,
      speaker: label.slice(0, -2),
      role: order % 2 === 0 ? 'interviewer' : 'participant',
      delay: null,
      timestamp: null,
      start,
      end: text.length,
      createdAt: now,
      updatedAt: now,
    });
    text += '\n\n';
  }
  return { text, messages };
}

/** `count` codings over the turns, some overlapping, some spanning two turns, across 12 codes. */
export function syntheticCodings(messages: Message[], count: number, seed = 11): Coding[] {
  const rnd = random(seed);
  const now = '2026-01-01T00:00:00.000Z';
  return Array.from({ length: count }, (_, i) => {
    const m = messages[Math.floor(rnd() * messages.length)]!;
    const span = m.end - m.start;
    const start = m.start + Math.floor(rnd() * span * 0.6);
    const spill = rnd() < 0.05 ? 200 : 0;
    const end = Math.min(m.end + spill, start + 10 + Math.floor(rnd() * span * 0.5));
    return {
      id: `c${i}`,
      projectId: 'bench',
      sourceId: 'bench',
      codeId: `code${i % 12}`,
      coderId: 'coder',
      authorId: 'coder',
      start,
      end: Math.max(end, start + 1),
      createdAt: now,
      updatedAt: now,
    };
  });
}
