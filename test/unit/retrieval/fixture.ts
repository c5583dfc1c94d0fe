import type { Message, ReplyDelay, Source } from '../../../shared/model';
import type { RetrievalInput, RetrievalQuery } from '../../../shared/retrieval';
import { makeCode as code, makeCoding as coding } from '../codebook/make-code';

const at = '2025-01-01T00:00:00.000Z';

// Codes and codings are made the same way as in the codebook tests.
export { code, coding };

export function source(id: string, title: string, order: number, attributes: Source['attributes'] = {}): Source {
  return {
    id,
    projectId: 'p',
    createdAt: at,
    updatedAt: at,
    title,
    kind: 'dialogue',
    origin: {
      fileName: 'x.txt',
      format: 'dialogue-txt',
      encoding: 'UTF-8',
      lineEndings: 'lf',
      sha256: '',
      sizeBytes: 0,
      importedAt: at,
      anonymisation: [],
    },
    length: 0,
    attributes,
    order,
  };
}

export function message(
  id: string,
  sourceId: string,
  order: number,
  speaker: string,
  role: Message['role'],
  start: number,
  end: number,
  delay: ReplyDelay | null = null,
): Message {
  return {
    id,
    projectId: 'p',
    createdAt: at,
    updatedAt: at,
    sourceId,
    order,
    speaker,
    role,
    delay,
    timestamp: null,
    start,
    end,
  };
}

export function query(partial: Partial<RetrievalQuery>): RetrievalQuery {
  return { codes: [], operator: 'or', others: [], nearDistance: 0, includeDescendants: false, filters: {}, ...partial };
}

/*
 * Two dialogue threads and an interview without messages.
 *
 * s1: "Bruker: Kan jeg få nødhjelp til mat?\n\nVeileder: (dagen etter)\nDet kan jeg ikke svare på her. Søk her: https://nav.no/sok"
 */
export const threadOne =
  'Bruker: Kan jeg få nødhjelp til mat?\n\nVeileder: (dagen etter)\nDet kan jeg ikke svare på her. Søk her: https://nav.no/sok';
export const threadTwo = 'Bruker: Strømmen blir stengt.\n\nVeileder: (tre dager etter)\nJeg har sendt beskjed videre.';
export const interview = 'IP: Vi må ofte si at dette ikke hører hjemme i planen, men vi hjelper likevel.';

const userOne = threadOne.indexOf('Kan jeg');
const replyOne = threadOne.indexOf('Det kan');
const userTwo = threadTwo.indexOf('Strømmen');
const replyTwo = threadTwo.indexOf('Jeg har');

export const ranges = {
  question: { start: userOne, end: threadOne.indexOf('?') + 1 },
  refusal: { start: replyOne, end: threadOne.indexOf('her.') + 4 },
  link: { start: threadOne.indexOf('Søk her'), end: threadOne.length },
  wholeReply: { start: replyOne, end: threadOne.length },
};

export function fixture(): RetrievalInput {
  const codes = [
    code('bw', 'Boundary work', null, 0),
    code('clear', 'Clear', 'bw', 0),
    code('ref', 'Explicit referral', 'clear', 0),
    code('amb', 'Ambiguous', 'bw', 1),
    code('link', 'Link sending', 'amb', 0),
    code('help', 'Help', null, 1),
  ];
  const codings = [
    coding('k1', 'ref', 's1', ranges.refusal.start, ranges.refusal.end),
    coding('k2', 'link', 's1', ranges.link.start, ranges.link.end),
    coding('k3', 'clear', 's1', ranges.wholeReply.start, ranges.wholeReply.end),
    coding('o1', 'ref', 's1', ranges.refusal.start, ranges.refusal.end, 'ola'),
    coding('k4', 'help', 's2', replyTwo, threadTwo.length),
    coding('k5', 'amb', 's3', 4, 50),
    coding('k6', 'help', 's3', 55, interview.length),
  ];
  const dayAfter: ReplyDelay = { phrase: 'dagen etter', minHours: 24, maxHours: 24 };
  const threeDays: ReplyDelay = { phrase: 'tre dager etter', minHours: 72, maxHours: 72 };
  const messages = [
    message('m1', 's1', 0, 'Bruker', 'user', userOne, threadOne.indexOf('?') + 1),
    message('m2', 's1', 1, 'Veileder', 'caseworker', replyOne, threadOne.length, dayAfter),
    message('m3', 's2', 0, 'Bruker', 'user', userTwo, threadTwo.indexOf('.') + 1),
    message('m4', 's2', 1, 'Veileder', 'caseworker', replyTwo, threadTwo.length, threeDays),
  ];
  return {
    codes,
    codings,
    sources: [
      source('s2', 'Dialog 2: Strøm', 1, { group: 'B' }),
      source('s1', 'Dialog 1: Nødhjelp', 0, { group: 'A' }),
      source('s3', 'Intervju 1', 2, { group: 'A' }),
    ],
    messages,
    texts: new Map([
      ['s1', threadOne],
      ['s2', threadTwo],
      ['s3', interview],
    ]),
    deadlineHours: 48,
  };
}
