import { localeTag } from '../../i18n';

/** 1,2 MB / 830 kB, in the UI language's number format. */
export function formatSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'MB'] : [Math.max(bytes, 1) / 1000, 'kB'];
  const digits = value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(localeTag(language), { maximumFractionDigits: digits }).format(value)} ${unit}`;
}
