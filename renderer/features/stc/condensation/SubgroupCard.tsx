import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../../shared/model';
import { lengthGuide, wordCount, type RichText } from '../../../../shared/stc/analytic-draft';
import type { MaterialCount } from '../../../../shared/stc/counts';
import type { TrailSubgroup } from '../../../../shared/stc/trail';
import { deleteSubgroup, removeGoldenQuote, renameSubgroup, reorderGoldenQuotes, saveCondensate } from '../../../store/commands/stc';
import { GoldenQuoteList, movedBy } from '../GoldenQuoteList';
import { materialCountText } from '../material-count';
import { RichTextField } from '../RichTextField';
import { useGroupWork } from './group-work';
import { unitDropTarget } from './unit-drag';
import { UnitRow } from './UnitRow';
import { MoveButtons } from '../MoveButtons';

/**
 * One subgroup of the code group: its name (rename, move, delete), its meaning units (drop units
 * here), its condensate with a length guide, and its golden quotes.
 */
export function SubgroupCard(props: { sub: TrailSubgroup; count: MaterialCount | undefined; index: number; total: number; onMove: (id: Id, by: -1 | 1) => void }) {
  const { t } = useTranslation();
  const work = useGroupWork();
  const { subgroup } = props.sub;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(subgroup.name);
  const [over, setOver] = useState(false);
  const quotedUnits = useMemo(() => new Set(props.sub.goldenQuotes.map((q) => q.quote.meaningUnitId)), [props.sub.goldenQuotes]);
  const titleId = `stc-sub-${subgroup.id}`;
  const inTrail = work.trail?.kind === 'subgroup' && work.trail.id === subgroup.id;

  const rename = async () => {
    const done = await work.stc.run(renameSubgroup, { id: subgroup.id, name });
    if (done) setRenaming(false);
  };
  const quoteIds = props.sub.goldenQuotes.map((q) => q.quote.id);

  return (
    <section
      className={`stc-subgroup card${over ? ' is-drop-target' : ''}${inTrail ? ' is-traced' : ''}`}
      aria-labelledby={titleId}
      {...unitDropTarget((ids) => void work.sortInto(subgroup.id, ids), setOver)}
    >
      <header className="stc-subgroup-head">
        {renaming ? (
          <form
            className="stc-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void rename();
            }}
          >
            <input
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-label={t('stc.subgroups.renameLabel', { name: subgroup.name })}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setName(subgroup.name);
                  setRenaming(false);
                }
              }}
            />
            <button type="submit" className="button button-small button-primary">
              {t('stc.subgroups.save')}
            </button>
          </form>
        ) : (
          <div className="stc-subgroup-title">
            <span className="stc-subgroup-number" aria-hidden="true">
              {props.index + 1}
            </span>
            <div>
              <h3 id={titleId} className="stc-subgroup-name">
                {subgroup.name}
              </h3>
              <span className="muted small">{props.count && materialCountText(t, props.count, work.rows.sources.length)}</span>
            </div>
          </div>
        )}
        <div className="stc-subgroup-tools" role="group" aria-label={t('stc.subgroups.tools', { name: subgroup.name })}>
          <MoveButtons
            className="icon-button"
            upLabel={t('stc.subgroups.up', { name: subgroup.name })}
            downLabel={t('stc.subgroups.down', { name: subgroup.name })}
            first={props.index === 0}
            last={props.index === props.total - 1}
            onMove={(direction) => props.onMove(subgroup.id, direction)}
          />
          <button
            type="button"
            className="icon-button"
            onClick={() => {
              setName(subgroup.name);
              setRenaming(true);
            }}
            aria-label={t('stc.subgroups.rename', { name: subgroup.name })}
          >
            ✎
          </button>
          <button type="button" className="icon-button" aria-pressed={inTrail} onClick={() => work.showTrail({ kind: 'subgroup', id: subgroup.id })} aria-label={t('stc.trail.showSubgroup', { name: subgroup.name })}>
            ⤷
          </button>
          <button
            type="button"
            className="icon-button is-danger"
            onClick={() => void work.stc.runConfirmable(deleteSubgroup, { id: subgroup.id })}
            aria-label={t('stc.subgroups.delete', { name: subgroup.name })}
          >
            ✕
          </button>
        </div>
      </header>
      <div className="stc-subgroup-grid">
        <div className="stc-subgroup-units">
          <h4 className="stc-minor-title">{t('stc.condenseUnits.title')}</h4>
          {props.sub.meaningUnits.length === 0 ? (
            <p className="muted small stc-drop-hint">{t('stc.condenseUnits.dropHere')}</p>
          ) : (
            <ul className="stc-units" aria-label={t('stc.condenseUnits.inSubgroup', { name: subgroup.name })}>
              {props.sub.meaningUnits.map(({ unit }) => (
                <UnitRow key={unit.id} unit={unit} subgroup={subgroup} quoted={quotedUnits.has(unit.id)} />
              ))}
            </ul>
          )}
        </div>
        <div className="stc-subgroup-writing">
          <h4 className="stc-minor-title">{t('stc.condensate.title')}</h4>
          <CondensateField sub={props.sub} />
          <h4 className="stc-minor-title">{t('stc.quotes.title')}</h4>
          <GoldenQuoteList
            quotes={props.sub.goldenQuotes.map((q) => q.quote)}
            texts={work.texts}
            titles={work.titles}
            label={t('stc.quotes.of', { name: subgroup.name })}
            onMove={(id, by) => void work.stc.run(reorderGoldenQuotes, { subgroupId: subgroup.id, ids: movedBy(quoteIds, id, by) })}
            onRemove={(id) => void work.stc.run(removeGoldenQuote, { id })}
          />
        </div>
      </div>
    </section>
  );
}

/** The condensate: an artificial first-person quotation, with its length beside that of the units it condenses. */
function CondensateField({ sub }: { sub: TrailSubgroup }) {
  const { t } = useTranslation();
  const work = useGroupWork();
  const { subgroup } = sub;
  const [typed, setTyped] = useState<string | null>(null);
  const words = wordCount(typed ?? subgroup.plainText);
  const unitWords = useMemo(
    () => sub.meaningUnits.reduce((n, u) => n + wordCount(work.texts?.get(u.sourceId)?.text.slice(u.start, u.end) ?? ''), 0),
    [sub.meaningUnits, work.texts],
  );
  const guide = lengthGuide(words, unitWords);
  const { run } = work.stc;
  const save = useCallback(
    async (text: RichText) => (await run(saveCondensate, { subgroupId: subgroup.id, content: text.content, plainText: text.plainText })) !== undefined,
    [run, subgroup.id],
  );
  return (
    <RichTextField
      label={t('stc.condensate.label', { name: subgroup.name })}
      stored={subgroup}
      save={save}
      onText={setTyped}
      placeholder={t('stc.condensate.placeholder')}
      footer={
        <span className={`stc-length${guide === 'long' ? ' is-long' : ''}`}>
          {t('stc.condensate.words', { count: words, units: unitWords })}
          {guide === 'long' && <> · {t('stc.condensate.long')}</>}
          {guide === 'empty' && <> · {t('stc.condensate.hint')}</>}
        </span>
      }
    />
  );
}
