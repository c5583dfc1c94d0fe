import type { AuditTrail } from './audit-trail';
import type { ReportBlock } from './blocks';
import type { ReportLabels } from './labels';

/** The audit-trail appendix: steps (or phases) with their states, then the notes written along the way. */
export function auditBlocks(
  audit: AuditTrail,
  labels: ReportLabels,
  method: 'stc' | 'thematic',
  extra: ReportBlock[] = [],
): ReportBlock[] {
  const names = method === 'stc' ? labels.stcSteps : labels.thematicPhases;
  const none: ReportBlock = { kind: 'paragraph', text: labels.audit.none };
  return [
    { kind: 'heading', level: 2, text: labels.appendix.audit },
    { kind: 'heading', level: 3, text: method === 'stc' ? labels.audit.steps : labels.audit.phases },
    {
      kind: 'table',
      head: [method === 'stc' ? labels.table.step : labels.table.phase, labels.table.state],
      rows: audit.steps.map((s) => [`${s.step}. ${names[s.step - 1] ?? ''}`, labels.state[s.state]]),
      numeric: [false, false],
    },
    ...(method === 'stc'
      ? [
          { kind: 'heading', level: 3, text: labels.audit.preliminaryThemes } as const,
          audit.preliminaryThemes.length === 0
            ? none
            : ({ kind: 'list', items: audit.preliminaryThemes.map((t) => ({ label: t.name, text: t.note })) } as const),
        ]
      : []),
    ...extra,
    { kind: 'heading', level: 3, text: labels.audit.projectMemos },
    ...(audit.memos.length === 0
      ? [none]
      : audit.memos.map((m): ReportBlock => ({
          kind: 'paragraph',
          label: m.title || labels.audit.untitled,
          text: m.text,
        }))),
  ];
}
