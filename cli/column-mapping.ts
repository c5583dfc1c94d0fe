import { columnFields, type ColumnMapping } from '../shared/import';

/**
 * `--columns thread=tråd,speaker=avsender,text=melding` → a ColumnMapping, or a usage message.
 * Only the syntax is checked here; whether the named columns exist is the import's business,
 * so a mistyped header is reported with the file and its real headers (exit 1, not 2).
 */
export function parseColumnsOption(value: string): ColumnMapping | string {
  const mapping: Partial<Record<(typeof columnFields)[number], string>> = {};
  const usage = `--columns expects field=column pairs separated by commas, with fields among ${columnFields.join(', ')} and at least speaker and text`;
  for (const pair of value.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq).trim();
    const column = pair.slice(eq + 1).trim();
    if (eq <= 0 || column === '') return `${usage} (got "${pair.trim()}").`;
    if (!(columnFields as readonly string[]).includes(field))
      return `${usage} ("${field}" is not a field).`;
    if (field in mapping) return `${usage} ("${field}" is given twice).`;
    mapping[field as (typeof columnFields)[number]] = column;
  }
  if (mapping.speaker === undefined || mapping.text === undefined)
    return `${usage} (missing ${mapping.speaker === undefined ? 'speaker' : 'text'}).`;
  return mapping as ColumnMapping;
}
