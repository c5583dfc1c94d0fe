import { useTranslation } from 'react-i18next';
import type { Attribute, Source } from '../../../shared/model';
import { formatDateTime, formatFileSize } from '../../i18n/format';

/** Where a source came from (file, encoding, import time), its case attributes and what was anonymised. */
export function SourceFacts({ source, attributes }: { source: Source; attributes: Attribute[] }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="source-facts">
      <summary>{t('coding.aboutSource')}</summary>
      <dl className="facts">
        <div>
          <dt>{t('sources.kindColumn')}</dt>
          <dd>{t(`sources.kind.${source.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('sources.fileColumn')}</dt>
          <dd>{source.origin.fileName}</dd>
        </div>
        <div>
          <dt>{t('import.encoding')}</dt>
          <dd>
            {source.origin.encoding}, {source.origin.lineEndings.toUpperCase()}
          </dd>
        </div>
        <div>
          <dt>{t('import.size')}</dt>
          <dd>{formatFileSize(source.origin.sizeBytes, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('sources.imported')}</dt>
          <dd>{formatDateTime(source.origin.importedAt, i18n.language)}</dd>
        </div>
        {attributes
          .filter((a) => source.attributes[a.id] != null)
          .map((a) => (
            <div key={a.id}>
              <dt>{a.name}</dt>
              <dd>{source.attributes[a.id]}</dd>
            </div>
          ))}
        {source.origin.anonymisation.length > 0 && (
          <div>
            <dt>{t('import.personalData')}</dt>
            <dd>{source.origin.anonymisation.map((r) => `${r.placeholder} × ${r.count}`).join(', ')}</dd>
          </div>
        )}
      </dl>
    </details>
  );
}
