import { useMemo, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chart, Mark } from '../../../shared/charts';
import './chart-mark-links.css';

/** The href of each described group (a focusable `g.chart-mark`), in document order as ChartView draws them. */
function describedHrefs(marks: Mark[], out: (string | undefined)[] = []): (string | undefined)[] {
  for (const mark of marks) {
    if (mark.type !== 'group') continue;
    if (mark.aria !== undefined) out.push(mark.href);
    describedHrefs(mark.marks, out);
  }
  return out;
}

/**
 * Makes the chart's marks that open something (GroupMark.href: a matrix cell's passages) open it
 * on a click or Enter. It listens around the drawn chart, so ChartView stays a drawing: the
 * focusable marks are matched to the chart's described groups by their order.
 */
export function ChartMarkLinks({ chart, children }: { chart: Chart; children: ReactNode }) {
  const { t } = useTranslation();
  const wrap = useRef<HTMLDivElement>(null);
  const hrefs = useMemo(() => describedHrefs(chart.marks), [chart.marks]);
  const linked = hrefs.some((href) => href !== undefined);

  const hrefOf = (target: EventTarget): string | undefined => {
    const mark = target instanceof Element ? target.closest('g.chart-mark') : null;
    if (!mark || !wrap.current) return undefined;
    return hrefs[[...wrap.current.querySelectorAll('g.chart-mark')].indexOf(mark)];
  };
  const open = (target: EventTarget): boolean => {
    const href = hrefOf(target);
    if (href === undefined) return false;
    window.location.hash = href;
    return true;
  };
  const onClick = (event: MouseEvent) => {
    if (open(event.target)) event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && open(event.target)) event.preventDefault();
  };

  if (!linked) return <>{children}</>;
  return (
    // The marks themselves are the focusable, keyboard-reachable elements; this only hears their events.
    <div ref={wrap} className="chart-links" onClick={onClick} onKeyDown={onKeyDown}>
      {children}
      <p className="chart-links-hint">{t('charts.filters.opensSegments')}</p>
    </div>
  );
}
