import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookLanguage } from '../../../shared/codebook/document';
import type { Id } from '../../../shared/model';
import { reviewPackageDocx, reviewPackageHtml, reviewPackageMarkdown } from '../../../shared/review';
import { useApp } from '../../services/AppContext';
import { importReviewComments } from '../../store/commands/review';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';
import { safeFileName } from '../codebook/codebook-files';

/** A package for a supervisor without Kodebok (HTML or Markdown), and the comments they send back. */
export function PackagePanel(props: { projectId: Id; projectName: string; language: CodebookLanguage; versionName: string; author: string }) {
  const { t } = useTranslation();
  const { bridge, reportError } = useApp();
  const { historyFor, review } = useStore();
  const toast = useToast();
  const [perCode, setPerCode] = useState(3);

  const exportAs = async (format: 'html' | 'markdown' | 'docx') => {
    try {
      const input = await review.packageInput(props.projectId, perCode, props.language, props.versionName);
      const base = `${safeFileName(props.projectName)}-gjennomgang`;
      const file =
        format === 'html'
          ? { suggestedName: `${base}.html`, data: reviewPackageHtml(input), filters: [{ name: 'HTML', extensions: ['html'] }] }
          : format === 'docx'
            ? { suggestedName: `${base}.docx`, data: new Uint8Array(await reviewPackageDocx(input)), filters: [{ name: 'Word', extensions: ['docx'] }] }
            : { suggestedName: `${base}.md`, data: reviewPackageMarkdown(input), filters: [{ name: 'Markdown', extensions: ['md'] }] };
      const saved = await bridge.saveFile({ title: t('codebookReview.package.title'), ...file });
      if (saved.saved) toast({ message: t('codebookReview.package.saved', { file: saved.fileName ?? file.suggestedName }) });
    } catch (error) {
      reportError(error);
    }
  };

  const importComments = async () => {
    try {
      const [file] = await bridge.openFiles({ multiple: false, filters: [{ name: 'JSON', extensions: ['json'] }] });
      if (!file) return;
      const text = new TextDecoder().decode(file.bytes);
      const result = await importReviewComments(historyFor(props.projectId), props.projectId, text, props.author);
      toast({
        message: result.ok
          ? [
              t('codebookReview.package.imported', { count: result.added }),
              ...(result.skipped > 0 ? [t('codebookReview.package.skipped', { count: result.skipped })] : []),
            ].join(' ')
          : t(`codebookReview.package.errors.${result.error.code}`, { file: file.name }),
      });
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <section className="card review-package" aria-labelledby="review-package-title">
      <h2 id="review-package-title">{t('codebookReview.package.title')}</h2>
      <p className="muted">{t('codebookReview.package.intro')}</p>
      <label className="field">
        {t('codebookReview.package.perCode')}
        <input type="number" min={0} max={50} value={perCode} onChange={(e) => setPerCode(Math.max(0, Math.min(50, Number(e.target.value) || 0)))} />
      </label>
      <div className="review-actions">
        <button type="button" className="button" onClick={() => void exportAs('html')}>
          {t('codebookReview.package.html')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('markdown')}>
          {t('codebookReview.package.markdown')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('docx')}>
          {t('codebookReview.package.docx')}
        </button>
        <button type="button" className="button" onClick={() => void importComments()}>
          {t('codebookReview.package.importComments')}
        </button>
      </div>
    </section>
  );
}
