import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatFileSize,
  formatMessageTime,
  formatNumber,
  formatOrList,
  intlLocale,
} from '../../../renderer/i18n/format';

// A local time, so the expectations hold in any time zone the tests run in.
const morning = new Date(2024, 2, 13, 9, 12);

describe('dates and times', () => {
  it('writes a Norwegian date and time with "kl." and no ISO string', () => {
    expect(formatDateTime(morning, 'nb')).toBe('13.03.2024 kl. 09:12');
    expect(formatDateTime(morning, 'nn')).toBe('13.03.2024 kl. 09:12');
    expect(formatDate(morning, 'nb')).toBe('13.03.2024');
  });

  it('writes English day-month-year with a 24-hour clock', () => {
    expect(formatDateTime(morning, 'en')).toBe('13 Mar 2024, 09:12');
    expect(formatDate(morning, 'en')).toBe('13 Mar 2024');
  });

  it('reads stored ISO strings and leaves an unreadable date as it was', () => {
    expect(formatDateTime(morning.toISOString(), 'nb')).toBe('13.03.2024 kl. 09:12');
    expect(formatDateTime('ikke en dato', 'nb')).toBe('ikke en dato');
  });

  it('shows a dialogue log time as a date, and a transcript media time as it is', () => {
    expect(formatMessageTime(morning.toISOString(), null, 'nn')).toBe('13.03.2024 kl. 09:12');
    expect(formatMessageTime('2024-03-13T09:12:00', null, 'nb')).toBe('13.03.2024 kl. 09:12');
    expect(formatMessageTime('2024-03-13', null, 'nb')).toBe('13.03.2024');
    expect(formatMessageTime('00:12:05', null, 'nb')).toBe('00:12:05');
  });

  it('uses bokmål for nynorsk where the runtime has no nynorsk data (Chromium), never American English', () => {
    expect(intlLocale('nn', () => false)).toBe('nb-NO');
    expect(intlLocale('nn', () => true)).toBe('nn-NO');
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('xx')).toBe('nb-NO');
  });
});

describe('numbers', () => {
  it('uses a decimal comma in Norwegian and a point in English', () => {
    expect(formatNumber(19.1, 'nb')).toBe('19,1');
    expect(formatNumber(19.1, 'nn')).toBe('19,1');
    expect(formatNumber(19.1, 'en')).toBe('19.1');
    expect(formatNumber(48, 'nb')).toBe('48');
  });

  it('gives file sizes with the language’s decimal sign', () => {
    expect(formatFileSize(1_258_291, 'nb')).toBe('1,2 MB');
    expect(formatFileSize(1_258_291, 'en')).toBe('1.2 MB');
    expect(formatFileSize(900, 'nn')).toBe('900 B');
  });
});

describe('lists', () => {
  it('joins alternatives with the language’s "or"', () => {
    expect(formatOrList(['«A»', '«B»', '«C»'], 'nb')).toBe('«A», «B» eller «C»');
    expect(formatOrList(['«A»', '«B»'], 'nn')).toBe('«A» eller «B»');
    expect(formatOrList(['«A»', '«B»'], 'en')).toBe('«A» or «B»');
  });
});

describe('durations', () => {
  it('gives hours with one decimal under a day', () => {
    expect(formatDuration(19.1, 'nb')).toBe('19,1 timer');
    expect(formatDuration(19.1, 'nn')).toBe('19,1 timar');
    expect(formatDuration(19.1, 'en')).toBe('19.1 hours');
    expect(formatDuration(1, 'nb')).toBe('1 time');
    expect(formatDuration(1, 'en')).toBe('1 hour');
  });

  it('gives days and whole hours from a day on', () => {
    expect(formatDuration(51, 'nb')).toBe('2 døgn 3 t');
    expect(formatDuration(51, 'nn')).toBe('2 døgn 3 t');
    expect(formatDuration(51, 'en')).toBe('2 days 3 h');
    expect(formatDuration(48, 'nb')).toBe('2 døgn');
    expect(formatDuration(24.2, 'en')).toBe('1 day');
    expect(formatDuration(23.98, 'nb')).toBe('1 døgn');
  });

  it('gives minutes under an hour', () => {
    expect(formatDuration(0.25, 'nb')).toBe('15 min');
    expect(formatDuration(0.999, 'nb')).toBe('1 time');
  });
});
