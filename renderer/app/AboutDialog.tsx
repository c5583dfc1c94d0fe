import { useEffect, useRef, useState } from 'react';
import { useModal } from '../ui/useModal';
import { useTranslation } from 'react-i18next';
import { appName, appVersion } from '../../shared/version';
import { onCommand } from '../services/menu-commands';

/** Help > About Kodebok. */
export function AboutDialog() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => onCommand((c) => c === 'about' && setOpen(true)), []);
  useModal(ref, open);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="about-title" onClose={() => setOpen(false)}>
      <h2 id="about-title">{t('about.title')}</h2>
      <p>
        {appName} · {t('about.version', { version: appVersion })}
      </p>
      <p>{t('app.tagline')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={() => setOpen(false)} autoFocus>
          {t('about.close')}
        </button>
      </div>
    </dialog>
  );
}
