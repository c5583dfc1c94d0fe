import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile } from '../../../shared/ipc/contract';
import { readPickedFiles } from '../../platform/files';

/** Accepts files dropped from the desktop or a file manager. */
export function DropZone({ onFiles, children }: { onFiles: (files: PickedFile[]) => void; children: ReactNode }) {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);
  return (
    <div
      className={active ? 'drop-zone is-active' : 'drop-zone'}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setActive(true);
      }}
      onDragLeave={() => setActive(false)}
      onDrop={async (e) => {
        e.preventDefault();
        setActive(false);
        onFiles(await readPickedFiles(Array.from(e.dataTransfer.files)));
      }}
    >
      {children}
      <span className="drop-hint">{active ? t('import.dropActive') : t('import.dropHint')}</span>
    </div>
  );
}
