import { describe, expect, it } from 'vitest';
import { ImportError, parseSubRip, parseWebVtt } from '../../../shared/import';
import { bodies, expectOrderedOffsets } from './import-helpers';

const options = { title: 'Opptak' };

describe('parseWebVtt', () => {
  it('turns voices into speaker turns, merging consecutive cues of the same speaker', () => {
    const vtt = [
      'WEBVTT - intervju',
      '',
      'NOTE laget av talegjenkjenning',
      '',
      '1',
      '00:00:01.000 --> 00:00:04.000',
      '<v Intervjuer>Hvordan opplevde du',
      'møtet med &lt;Navn på kommune&gt;?</v>',
      '',
      '00:00:04.500 --> 00:00:06.000',
      '<v Intervjuer>Ta den tida du trenger.',
      '',
      '00:01:02.000 --> 00:01:09.000 align:start',
      '<v.loud Informant>Det var <i>greit</i> &amp; rolig.',
      '',
      '01:00:00.000 --> 01:00:02.000',
      '<v Intervjuer>Takk.</v> <v Informant>Bare hyggelig.</v>',
    ].join('\n');
    const { sources, warnings } = parseWebVtt(vtt, options);
    expect(warnings).toEqual([]);
    const source = sources[0]!;
    expect(source.kind).toBe('interview');
    // A turn merged from two cues runs from the first cue's start to the last one's end.
    expect(source.messages.map((m) => [m.speaker, m.role, m.timestamp, m.timestampEnd, m.line])).toEqual([
      ['Intervjuer', 'interviewer', '00:00:01.000', '00:00:06.000', 7],
      ['Informant', 'participant', '00:01:02.000', '00:01:09.000', 14],
      ['Intervjuer', 'interviewer', '01:00:00.000', '01:00:02.000', 17],
      ['Informant', 'participant', '01:00:00.000', '01:00:02.000', 17],
    ]);
    expect(bodies(source)).toEqual([
      'Hvordan opplevde du møtet med <Navn på kommune>? Ta den tida du trenger.',
      'Det var greit & rolig.',
      'Takk.',
      'Bare hyggelig.',
    ]);
    expect(source.text).toBe(
      'Intervjuer: Hvordan opplevde du møtet med <Navn på kommune>? Ta den tida du trenger.\n\nInformant: Det var greit & rolig.\n\nIntervjuer: Takk.\n\nInformant: Bare hyggelig.',
    );
    expectOrderedOffsets(source);
  });

  it('reads "Speaker:" prefixes when there are no voices, and reports a broken cue', () => {
    const vtt =
      'WEBVTT\n\n00:01.000 --> 00:02.000\nI: Hei\n\n00:02.000 -> 00:03.000\nødelagt\n\n00:03.000 --> 00:04.000\nIP: Hallo';
    const { sources, warnings } = parseWebVtt(vtt, options);
    expect(sources[0]!.messages.map((m) => [m.speaker, m.timestamp, m.timestampEnd])).toEqual([
      ['I', '00:00:01.000', '00:00:02.000'],
      ['IP', '00:00:03.000', '00:00:04.000'],
    ]);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['cue-unreadable', 6]]);
  });

  it('keeps milliseconds of start and end, also in mm:ss.ttt and past 99 hours', () => {
    const vtt = 'WEBVTT\n\n01:07.250 --> 01:09.004\nI: Hei\n\n123:00:00.999 --> 123:00:01.000\nIP: Sent';
    const { sources } = parseWebVtt(vtt, options);
    expect(sources[0]!.messages.map((m) => [m.timestamp, m.timestampEnd])).toEqual([
      ['00:01:07.250', '00:01:09.004'],
      ['123:00:00.999', '123:00:01.000'],
    ]);
  });

  it('skips a cue whose time cannot be (minute 61) and says where', () => {
    const { sources, warnings } = parseWebVtt('WEBVTT\n\n00:61:00.000 --> 00:62:00.000\nI: Hei\n\n00:01.000 --> 00:02.000\nIP: Ja', options);
    expect(sources[0]!.messages.map((m) => m.speaker)).toEqual(['IP']);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['cue-unreadable', 3]]);
  });

  it('refuses a file without the WEBVTT header, naming line 1', () => {
    expect(() => parseWebVtt('00:01.000 --> 00:02.000\nHei', options)).toThrow(ImportError);
    try {
      parseWebVtt('Hei', options);
    } catch (e) {
      expect((e as ImportError).line).toBe(1);
      expect((e as ImportError).reason).toBe('malformed');
    }
  });
});

describe('parseSubRip', () => {
  it('carries a speaker prefix until the next one and merges their cues', () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:03,000',
      'Moderator: Velkommen alle sammen.',
      '',
      '2',
      '00:00:03,500 --> 00:00:05,000',
      'La oss begynne.',
      '',
      '3',
      '00:00:06,000 --> 00:00:08,000',
      '<i>P1: Jeg heter [Navn]</i>',
      'og jobber i {\\an8}Bergen.',
      '',
    ].join('\n');
    const { sources } = parseSubRip(srt, options);
    const source = sources[0]!;
    expect(source.kind).toBe('focus-group');
    expect(source.messages.map((m) => [m.speaker, m.role, m.timestamp, m.timestampEnd, m.line])).toEqual([
      ['Moderator', 'moderator', '00:00:01.000', '00:00:05.000', 3],
      ['P1', 'participant', '00:00:06.000', '00:00:08.000', 11],
    ]);
    expect(bodies(source)).toEqual(['Velkommen alle sammen. La oss begynne.', 'Jeg heter [Navn] og jobber i Bergen.']);
  });

  it('reads SubRip times with a comma or a point and short fractions as milliseconds', () => {
    const srt = '1\n00:01:07,25 --> 00:01:09.5\nI: Hei\n\n2\n1:00:00,000-->1:00:01,001\nIP: Ja';
    const { sources } = parseSubRip(srt, options);
    expect(sources[0]!.messages.map((m) => [m.timestamp, m.timestampEnd])).toEqual([
      ['00:01:07.250', '00:01:09.500'],
      ['01:00:00.000', '01:00:01.001'],
    ]);
  });

  it('keeps each cue as a paragraph when no speaker is named', () => {
    const { sources, warnings } = parseSubRip(
      '1\n00:00:01,000 --> 00:00:02,000\nFørste linje\nandre linje\n\n2\n00:00:03,000 --> 00:00:04,000\nNeste',
      options,
    );
    expect(sources[0]!.kind).toBe('text');
    expect(bodies(sources[0]!)).toEqual(['Første linje andre linje', 'Neste']);
    expect(warnings.map((w) => w.code)).toEqual(['no-speakers-found']);
  });
});
