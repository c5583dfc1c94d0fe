import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Message } from '../../../shared/model';
import { formatMessageTime } from '../../../renderer/i18n/format';
import { turnHeads } from '../../../renderer/features/coding/turn-heads';

const t = ((key: string) => key) as unknown as TFunction;

function message(timestamp: string | null, timestampEnd?: string | null): Message {
  return {
    id: 'm1', sourceId: 's', projectId: 'p', order: 0, speaker: 'Informant', role: 'participant', delay: null,
    timestamp, ...(timestampEnd === undefined ? {} : { timestampEnd }), start: 0, end: 3, createdAt: '', updatedAt: '',
  };
}

describe('the time in a turn head', () => {
  it('writes a subtitle cue as start–end with the decimal separator of the language', () => {
    expect(formatMessageTime('00:01:07.250', '00:01:09.000', 'nb')).toBe('00:01:07,250–00:01:09,000');
    expect(formatMessageTime('00:01:07.250', '00:01:09.000', 'nn')).toBe('00:01:07,250–00:01:09,000');
    expect(formatMessageTime('00:01:07.250', '00:01:09.000', 'en')).toBe('00:01:07.250–00:01:09.000');
  });

  it("shows a transcript's media time as stored and a dialogue's date as the language writes dates", () => {
    expect(formatMessageTime('00:12:05', null, 'nb')).toBe('00:12:05');
    expect(formatMessageTime('2020-03-12T14:05:00', null, 'nb')).toBe('12.03.2020 kl. 14:05');
  });

  it('gives heads the cue time, and reads a message stored before cue ends were kept', () => {
    const blocks = [
      { index: 0, start: 0, end: 3, message: message('00:01:07.250', '00:01:09.000') },
      { index: 1, start: 5, end: 8, message: message('00:00:05') },
    ];
    const heads = turnHeads(blocks, 48, t, 'nb');
    expect(heads.map((h) => [h.timestamp, h.timestampLabel])).toEqual([
      ['00:01:07,250–00:01:09,000', 'coding.cueTime'],
      ['00:00:05', null],
    ]);
  });
});
