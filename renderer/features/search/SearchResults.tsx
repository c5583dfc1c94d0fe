import { useTranslation } from 'react-i18next';
import { routeHref } from '../../services/routes';
import type { ResultLine } from '../../search/protocol';
import type { SearchResultGroup } from './search-results';

export const lineKey = (line: ResultLine) => `${line.docId}:${line.start}-${line.end}`;

/** Where a hit opens: the passage selected in its source, or the codebook / memo's own place. */
function hrefOf(line: ResultLine): string | null {
  if (line.sourceId !== undefined) return `${routeHref('sources', line.sourceId)}?at=${line.start}-${line.end}`;
  if (line.kind === 'code') return routeHref('codebook');
  return null;
}

/**
 * Keyword-in-context lines grouped by source: the hit highlighted with N characters either side,
 * a link that opens the passage selected in the document view, and a box to choose the hit for
 * auto-coding (hits outside the sources cannot be coded).
 */
export function SearchResults(props: {
  groups: SearchResultGroup[];
  unchosen: ReadonlySet<string>;
  onChoose: (key: string, chosen: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="search-results" aria-label={t('search.results.label')} role="region">
      {props.groups.map((group) => {
        const title = group.source?.title ?? t(`search.groups.${group.kind as 'memo' | 'code' | 'condensate'}`);
        return (
          <section key={group.key} className="search-group" aria-label={title}>
            <h3>
              {title} <span className="muted">({group.lines.length})</span>
            </h3>
            <ol className="kwic-list">
              {group.lines.map((line) => {
                const key = lineKey(line);
                const href = hrefOf(line);
                const text = (
                  <>
                    <span className="kwic-before">{line.before}</span>
                    <mark className="kwic-hit">{line.hit}</mark>
                    <span className="kwic-after">{line.after}</span>
                  </>
                );
                return (
                  <li key={key} className="kwic-line">
                    {line.sourceId !== undefined && (
                      <input
                        type="checkbox"
                        aria-label={t('search.choose')}
                        checked={!props.unchosen.has(key)}
                        onChange={(e) => props.onChoose(key, e.target.checked)}
                      />
                    )}
                    {line.role && <span className="kwic-role muted">{t(`import.roles.${line.role}`)}</span>}
                    {href ? (
                      <a className="kwic-text" href={href} title={t('search.results.open', { text: line.hit, source: title })}>
                        {text}
                      </a>
                    ) : (
                      <span className="kwic-text">
                        {line.title && <strong>{line.title}: </strong>}
                        {text}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
