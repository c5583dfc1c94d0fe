import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Range } from '../../../shared/ranges/range';
import { useApp } from '../../services/AppContext';
import { editTranscript, TranscriptEditRefused } from '../../store/commands/transcript';
import { useStore } from '../../store/StoreProvider';

/**
 * "Edit transcript" mode: replace the selected text (a typo) with a correction. Every coding and
 * turn moves with the edit, or the edit is refused with the reason; Ctrl+Z takes it back.
 */
export function FixTypoPanel(props: { text: string; selection: Range | null; sourceId: string; coderId: string; onDone: (r: Range | null) => void }) {
  const { t } = useTranslation();
  const { settings, reportError } = useApp();
  const { historyFor } = useStore();
  const [replacement, setReplacement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { selection } = props;
  const selected = selection ? props.text.slice(selection.start, selection.end) : '';

  const apply = async () => {
    if (!selection || !settings.currentProjectId) return;
    setProblem(null);
    try {
      await editTranscript(historyFor(settings.currentProjectId), {
        sourceId: props.sourceId,
        authorId: props.coderId,
        edit: { start: selection.start, end: selection.end, insert: replacement },
      });
      setReplacement('');
      props.onDone(null);
    } catch (error) {
      if (error instanceof TranscriptEditRefused) setProblem(t(`coding.fixRefused.${error.reason}`));
      else reportError(error);
    }
  };

  return (
    <form
      className="fix-typo"
      onSubmit={(e) => {
        e.preventDefault();
        void apply();
      }}
    >
      <p className="muted">{t('coding.fixHelp')}</p>
      <p>
        {selection && selection.end > selection.start ? t('coding.fixReplace', { text: selected.slice(0, 80) }) : t('coding.fixInsertAt', { at: selection?.start ?? '–' })}
      </p>
      <label className="field">
        {t('coding.fixWith')}
        <input value={replacement} onChange={(e) => setReplacement(e.target.value)} disabled={!selection} />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button" disabled={!selection || (selection.end === selection.start && !replacement)}>
        {t('coding.fixApply')}
      </button>
    </form>
  );
}
