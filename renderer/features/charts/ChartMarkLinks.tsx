import { useMemo, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chart, Mark } from '../../../shared/charts';
import './chart-mark-links.css';

type DescribedGroup = Extract<Mark, { type: 'group' }>;

/** Each described group (a focusable `g.chart-mark`), in document order as ChartView draws them. */
function describedGroups(marks: Mark[], out: DescribedGroup[] = []): DescribedGroup[] {
  for (const mark of marks) {
    if (mark.type !== 'group') continue;
    if (mark.aria !== undefined) out.push(mark);
    describedGroups(mark.marks, out);
  }
  return out;
}

/**
 * Makes the chart's marks that open something (GroupMark.href: a matrix cell's passages) open it
 * on a click or Enter, and hands other marks to `onActivate` (a parent code's bar folds its
 * sub-codes), which says whether it acted. It listens around the drawn chart, so ChartView stays a
 * drawing: the focusable marks are matched to the chart's described groups by their order.
 */
export function ChartMarkLinks({
  chart,
  onActivate,
  hint,
  children,
}: {
  chart: Chart;
  onActivate?: (key: string) => boolean;
  /** Says what a click does, when `onActivate` acts on some marks. */
  hint?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const wrap = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => describedGroups(chart.marks), [chart.marks]);
  const linked = groups.some((group) => group.href !== undefined);

  const groupOf = (target: EventTarget): DescribedGroup | undefined => {
    const mark = target instanceof Element ? target.closest('g.chart-mark') : null;
    if (!mark || !wrap.current) return undefined;
    return groups[[...wrap.current.querySelectorAll('g.chart-mark')].indexOf(mark)];
  };
  const open = (target: EventTarget): boolean => {
    const group = groupOf(target);
    if (group?.href !== undefined) {
      window.location.hash = group.href;
      return true;
    }
    return group?.key !== undefined && onActivate !== undefined && onActivate(group.key);
  };
  const onClick = (event: MouseEvent) => {
    if (open(event.target)) event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && open(event.target)) event.preventDefault();
  };

  if (!linked && hint === undefined) return <>{children}</>;
  return (
    // The marks themselves are the focusable, keyboard-reachable elements; this only hears their events.
    <div ref={wrap} className="chart-links" onClick={onClick} onKeyDown={onKeyDown}>
      {children}
      <p className="chart-links-hint">{linked ? t('charts.filters.opensSegments') : hint}</p>
    </div>
  );
}
