import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Id } from '../../../shared/model';
import { buildCodeTree, flattenCodeTree } from '../../../shared/codebook/tree';
import { Dialog } from './Dialog';

/** Merge the code into another: pick the target; the consequences are said before anything happens. */
export function MergeDialog(props: {
  code: Code | null;
  codes: Code[];
  paths: Map<Id, string>;
  codingCount: number;
  subCodeCount: number;
  onMerge: (intoId: Id) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [into, setInto] = useState<Id>('');
  const [error, setError] = useState(false);
  const { code } = props;
  const options = flattenCodeTree(buildCodeTree(props.codes)).filter((n) => n.code.id !== code?.id);
  const target = options.find((o) => o.code.id === into)?.code;
  // The path, not just the name: two codes may share a name under different parents.
  const targetLabel = target ? (props.paths.get(target.id) ?? target.name) : '';

  return (
    <Dialog
      open={code !== null}
      title={t('codebook.mergeTitle', { name: code?.name ?? '' })}
      confirmLabel={t('codebook.mergeConfirm')}
      cancelLabel={t('codebook.cancel')}
      onCancel={() => {
        setInto('');
        setError(false);
        props.onCancel();
      }}
      onConfirm={() => {
        if (!into) {
          setError(true);
          return;
        }
        setInto('');
        setError(false);
        props.onMerge(into);
      }}
    >
      <label className="field">
        <span>{t('codebook.mergeInto')}</span>
        <select
          value={into}
          onChange={(e) => {
            setInto(e.target.value);
            setError(false);
          }}
          autoFocus
          aria-invalid={error || undefined}
          aria-describedby={error ? 'merge-error' : undefined}
        >
          <option value="">{t('codebook.mergeChoose')}</option>
          {options.map((n) => (
            <option key={n.code.id} value={n.code.id}>
              {props.paths.get(n.code.id) ?? n.code.name}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p id="merge-error" className="field-error" role="alert">
          {t('codebook.mergeNeedsTarget')}
        </p>
      )}
      {/* What happens is only told once it can be told whole: no "…" where the target goes. */}
      {target ? (
        <ul className="consequences" aria-live="polite">
          <li>{t('codebook.mergeCodings', { count: props.codingCount, into: targetLabel })}</li>
          {props.subCodeCount > 0 && <li>{t('codebook.mergeSubCodes', { count: props.subCodeCount, into: targetLabel })}</li>}
          <li>{t('codebook.mergeMemo', { into: targetLabel })}</li>
          <li>{t('codebook.mergeDeletes', { name: code?.name ?? '' })}</li>
        </ul>
      ) : (
        <p className="muted">{t('codebook.mergePickFirst')}</p>
      )}
      <p className="muted small">{t('codebook.undoHint')}</p>
    </Dialog>
  );
}
