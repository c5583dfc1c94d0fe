import { localeTag } from '../../i18n';

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
