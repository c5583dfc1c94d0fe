import { useRef } from 'react';
import { useModal } from '../ui/useModal';
import { useTranslation } from 'react-i18next';
import { useApp } from '../services/AppContext';
import { useOpenDemo } from '../features/projects/DemoProjectButton';

/** Offered once, on the very first start: open the demo project or begin empty. */
export function FirstStartDialog() {
  const { t } = useTranslation();
  const { settings, updateSetting } = useApp();
  const { busy, openDemo } = useOpenDemo();
  const ref = useRef<HTMLDialogElement>(null);
  const open = !settings.firstStartDone;

  useModal(ref, open);

  const finish = async (withDemo: boolean) => {
    if (withDemo) await openDemo();
    await updateSetting('firstStartDone', true);
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="first-start-title"
      onCancel={(e) => {
        e.preventDefault();
        void finish(false);
      }}
    >
      <h2 id="first-start-title">{t('firstStart.title')}</h2>
      <p>{t('firstStart.body')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => void finish(false)} disabled={busy}>
          {t('firstStart.decline')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void finish(true)}
          disabled={busy}
          aria-busy={busy}
          autoFocus
        >
          {busy ? t('projects.demoCreating') : t('firstStart.accept')}
        </button>
      </div>
    </dialog>
  );
}
