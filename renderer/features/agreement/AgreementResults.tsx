import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  alphaBootstrap,
  chosenCodes,
  codeUnitTable,
  indexCodings,
  projectAgreement,
  type AgreementResult,
  type AgreementTable,
  type AlphaInterval,
} from '../../../shared/agreement';
import type { AgreementInput } from '../../store/queries/agreement';
import type { Choices } from './AgreementChoices';
import { agreementSources } from './agreement-sources';

/** The seed of the bootstrap: fixed, so the same data and draws give the same interval in a report. */
const bootstrapSeed = 17;

/**
 * The results table: per code and overall, the value, the units and pairable values it rests on, and
 * when undefined, why in words (never shown as 0 or 1). For α, a seeded bootstrap 95 % interval.
 */
export function AgreementResults({ input, choices }: { input: AgreementInput; choices: Choices }) {
  const { t, i18n } = useTranslation();
  const sources = useMemo(() => agreementSources(input), [input]);
  const result = useMemo(
    () =>
      projectAgreement(
        { sources, codes: input.codes, codings: input.codings },
        { coderIds: choices.coderIds, sourceIds: choices.sourceIds, unit: choices.unit, measure: choices.measure, level: choices.level },
      ),
    [sources, input.codes, input.codings, choices.coderIds, choices.sourceIds, choices.unit, choices.measure, choices.level],
  );
  // The bootstrap takes a moment on a large project (about 0.8 s for 30 codes × 500 units × 1000
  // draws), so it runs when asked, for the choices and data on screen, not on every change.
  const [asked, setAsked] = useState<{ input: AgreementInput; choices: Choices } | null>(null);
  const wantsInterval = choices.measure === 'alpha' && choices.draws >= 1;
  const current = asked !== null && asked.input === input && asked.choices === choices;
  const intervals = useMemo(() => {
    if (!wantsInterval || !current) return null;
    const wanted = new Set(choices.sourceIds);
    const chosen = sources.filter((s) => wanted.has(s.id));
    const index = indexCodings(input.codings, choices.coderIds);
    const tables = new Map<string, AgreementTable>();
    for (const code of chosenCodes(input.codes)) tables.set(code.id, codeUnitTable(chosen, index, code.id, choices.unit).table);
    const options = { draws: choices.draws, seed: bootstrapSeed };
    const perCode = new Map<string, AlphaInterval>();
    for (const [codeId, table] of tables) perCode.set(codeId, alphaBootstrap(table, choices.level, options));
    return { perCode, overall: alphaBootstrap(stacked([...tables.values()], choices.coderIds), choices.level, options) };
  }, [wantsInterval, current, choices, sources, input.codes, input.codings]);

  const number = (v: number) => v.toLocaleString(i18n.language, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const row = (key: string, label: string, r: AgreementResult, ci: AlphaInterval | undefined) => (
    <tr key={key} data-code={label}>
      <th scope="row">{label}</th>
      <td className="number">{r.value === null ? <em>{t('agreement.undefinedValue')}</em> : number(r.value)}</td>
      {wantsInterval && <td className="number">{ci && ci.low !== null && ci.high !== null ? `${number(ci.low)} – ${number(ci.high)}` : '–'}</td>}
      <td className="number">{r.units}</td>
      <td className="number">{r.pairable}</td>
      <td>{r.reason ? t(`agreement.reasons.${r.reason}`) : ''}</td>
    </tr>
  );

  return (
    <>
      {wantsInterval && !current && (
        <button type="button" className="button" onClick={() => setAsked({ input, choices })}>
          {t('agreement.computeInterval', { draws: choices.draws })}
        </button>
      )}
      <p className="lead">{t('agreement.unitSaid', { unit: t(`agreement.units.${result.unit}`), measure: t(`agreement.measures.${result.measure}`) })}</p>
      <table className="agreement-table">
        <thead>
          <tr>
            <th scope="col">{t('agreement.code')}</th>
            <th scope="col">{t('agreement.value')}</th>
            {wantsInterval && <th scope="col">{t('agreement.ci', { draws: choices.draws })}</th>}
            <th scope="col">{t('agreement.unitCount')}</th>
            <th scope="col">{t('agreement.pairable')}</th>
            <th scope="col">{t('agreement.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {row('overall', t('agreement.overall'), result.overall, intervals?.overall)}
          {result.codes.map((c) => row(c.codeId, c.path, c.result, intervals?.perCode.get(c.codeId)))}
        </tbody>
      </table>
    </>
  );
}

/** Every code's table as one (each unit × code a row), as the overall value is computed. */
function stacked(tables: readonly AgreementTable[], coders: readonly string[]): AgreementTable {
  const units = tables.flatMap((t) => t.units);
  if (!tables.some((t) => t.weights)) return { coders, units };
  return { coders, units, weights: tables.flatMap((t) => t.units.map((_r, u) => t.weights?.[u] ?? 1)) };
}
