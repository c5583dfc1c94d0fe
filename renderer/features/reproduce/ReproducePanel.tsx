import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, ReproduceCategory } from '../../../shared/model';
import { reproduceTable, type ReproduceRow } from '../../../shared/reproduce';
import { formatNumber } from '../../i18n/format';
import { useApp } from '../../services/AppContext';
import { savePublishedValue } from '../../store/commands/reproduce';
import { useCodebook } from '../../store/queries/codebook';
import { useStore } from '../../store/StoreProvider';
import { PublishedInput } from './PublishedInput';
import './reproduce.css';

/** How far a row sits under the study's total (sequences 0, responses 1, strategies 2). */
function levelOf(row: ReproduceRow, rows: readonly ReproduceRow[]): number {
  let level = 0;
  for (let at = row.partOf; at !== null; at = rows.find((r) => r.category === at)?.partOf ?? null) level += 1;
  return level;
}

/**
 * Analysis ▸ Reproduce: the study's table counted from the project's codings beside the values
 * the user enters as published, every difference shown in colour AND words, with why.
 */
export function ReproducePanel({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const { historyFor } = useStore();
  const { reportError } = useApp();
  const data = useCodebook(project.id);
  const published = project.settings.publishedTable;
  const table = useMemo(() => (data ? reproduceTable(data, published ?? {}) : undefined), [data, published]);
  if (!table) return null;
  const language = i18n.language;
  const number = (value: number) => formatNumber(value, language, 0);
  const name = (category: ReproduceCategory) => t(`reproduce.category.${category}`);
  const differing = table.rows.filter((row) => row.difference !== null && row.difference !== 0).length;
  const incomplete = table.rows.some((row) => row.difference === null);

  const save = (category: ReproduceCategory, value: number | null) => {
    savePublishedValue(historyFor(project.id), project.id, category, value).catch(reportError);
  };

  const explain = (row: ReproduceRow) =>
    row.explanations.map((code) => {
      if (code === 'overlap-counted-twice' && row.partOf !== null) {
        const parts = table.rows.filter((r) => r.partOf === row.partOf).map((r) => number(r.computed ?? 0));
        const whole = table.rows.find((r) => r.category === row.partOf)?.computed ?? 0;
        return t('reproduce.explanation.overlap-counted-twice', {
          // "10 + 23 > 31" kept on one line.
          relation: `${parts.join(' + ')} > ${number(whole)}`.replace(/ /g, '\u00a0'),
          category: name(row.partOf),
        });
      }
      if (code === 'more-coded' || code === 'fewer-coded')
        return t(`reproduce.explanation.${code}`, { count: Math.abs(row.difference ?? 0) });
      return t(`reproduce.explanation.${code}`, { category: name(row.category) });
    });

  return (
    <div className="reproduce">
      <p className="reproduce-intro">{t('reproduce.intro')}</p>
      <p className={`reproduce-summary ${differing === 0 && !incomplete ? 'is-match' : 'is-differ'}`} role="status">
        <span aria-hidden="true" className="reproduce-summary-mark">
          {differing === 0 && !incomplete ? '✓' : '!'}
        </span>
        {table.allMatch
          ? t('reproduce.allMatch')
          : differing > 0
            ? t('reproduce.someDiffer', { count: differing })
            : t('reproduce.incomplete')}
      </p>
      <table className="table reproduce-table">
        <caption>{t('reproduce.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reproduce.column.category')}</th>
            <th scope="col" className="reproduce-num">
              {t('reproduce.column.computed')}
            </th>
            <th scope="col" className="reproduce-num">
              {t('reproduce.column.published')}
            </th>
            <th scope="col" className="reproduce-num">
              {t('reproduce.column.difference')}
            </th>
            <th scope="col">{t('reproduce.column.explanation')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const state = row.difference === null ? 'none' : row.difference === 0 ? 'match' : 'differ';
            return (
              <tr key={row.category} className={`reproduce-row is-${state}`} data-category={row.category}>
                <th
                  scope="row"
                  className={row.partOf === null ? 'reproduce-whole' : 'reproduce-part'}
                  style={{ paddingLeft: `${0.75 + 1.25 * levelOf(row, table.rows)}rem` }}
                >
                  {name(row.category)}
                </th>
                <td className="reproduce-num reproduce-computed">
                  {row.computed === null ? '—' : number(row.computed)}
                </td>
                <td className="reproduce-num">
                  <PublishedInput
                    value={row.published}
                    label={t('reproduce.publishedFor', { category: name(row.category) })}
                    onSave={(value) => save(row.category, value)}
                  />
                </td>
                <td className="reproduce-num">
                  <span className={`reproduce-diff is-${state}`}>
                    {state === 'none'
                      ? t('reproduce.difference.none')
                      : state === 'match'
                        ? t('reproduce.difference.match')
                        : t('reproduce.difference.differ', {
                            value: `${row.difference! > 0 ? '+' : '−'}${number(Math.abs(row.difference!))}`,
                          })}
                  </span>
                </td>
                <td className="reproduce-explanation">
                  {explain(row).map((text) => (
                    <p key={text}>{text}</p>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="reproduce-note">{t('reproduce.note')}</p>
    </div>
  );
}
