import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/EmptyState';
import { ScreenHeader } from '../ui/ScreenHeader';

/** A main screen whose feature arrives with a later issue: it says what will live there. */
export function PlannedScreen({ section }: { section: 'codebook' | 'analysis' | 'review' }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="screen-title" className="screen">
      <ScreenHeader title={t(`${section}.title`)} />
      <EmptyState>{t(`${section}.empty`)}</EmptyState>
    </section>
  );
}
