import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/format';
import type { FileFailure } from './worker-protocol';

/** Parameters whose values are words from the parser (a column's role) and need translating too. */
const translatedParams: Record<string, string> = { field: 'import.columnField' };

/**
 * What went wrong with `file` and what to do, in the UI's language: `import.error.<code>` filled
 * with the failure's parameters. A code without a translation (a newer parser, an internal error)
 * falls back to the coarse reason, never to the English `message`. The file name is the one the
 * user picked; the line, where there is one, is shown beside this text.
 */
export function importFailureText(
  t: TFunction,
  language: string,
  failure: Pick<FileFailure, 'reason' | 'code' | 'params'>,
  file: string,
): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(failure.params)) {
    const prefix = translatedParams[name];
    // `count` stays a number: it chooses the plural form.
    if (typeof value === 'number') params[name] = name === 'count' ? value : formatNumber(value, language, 3);
    else params[name] = prefix ? t(`${prefix}.${value}`, { defaultValue: value }) : value;
  }
  params.file = file;
  const fallback = t(`import.reason.${failure.reason}`, { defaultValue: t('import.reason.internal') });
  return t(`import.error.${failure.code}`, { ...params, defaultValue: fallback });
}
