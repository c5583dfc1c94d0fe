import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model';
import type { SourceImpact } from '../../../shared/sources/plan-delete-source';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** What deleting a source takes with it, in words, before anything goes. */
export function impactWords(t: TFunction, impact: SourceImpact): string {
  const some = (key: string, count: number) => (count > 0 ? t(`sources.deletion.${key}`, { count }) : '');
  return [
    some('codings', impact.codings),
    some('memos', impact.memos),
    some('meaningUnits', impact.meaningUnits),
    some('goldenQuotes', impact.goldenQuotes),
    some('themeQuotes', impact.themeQuotes),
    impact.read ? t('sources.deletion.read') : '',
    t('sources.deletion.hint'),
  ]
    .filter(Boolean)
    .join(' ');
}

export function DeleteSourceDialog(props: {
  deleting: { source: Source; impact: SourceImpact } | null;
  onConfirm: (source: Source) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { deleting } = props;
  return (
    <ConfirmDialog
      open={deleting !== null}
      title={t('sources.deletion.confirm', { title: deleting?.source.title ?? '' })}
      body={deleting ? impactWords(t, deleting.impact) : undefined}
      confirmLabel={t('sources.deletion.delete')}
      cancelLabel={t('sources.deletion.cancel')}
      danger
      onConfirm={() => deleting && props.onConfirm(deleting.source)}
      onCancel={props.onCancel}
    />
  );
}
