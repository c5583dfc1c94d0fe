/**
 * Coded retrieval on one 500k-character transcript with 40,000 codings over 12 codes: each operator
 * that relates codings to other codings (AND, NOT, OVERLAPS, WITHIN, NEAR), run the way the retrieval
 * screen runs it (`runRetrieval`: filters, the operator, passages with context and their message).
 *
 * There is no raw library that retrieves coded passages, so the baseline is the least any way of
 * answering these questions must do: sort the same 40,000 ranges by where they start.
 */
import type { Coding, Source } from '../../../shared/model';
import { compareRanges } from '../../../shared/ranges/range';
import { runRetrieval, type RetrievalOperator, type RetrievalQuery } from '../../../shared/retrieval';
import { makeCode } from '../../unit/codebook/make-code';
import type { BenchRow } from '../row';
import { syntheticCodings, syntheticTranscript } from './synthetic-transcript';

const codingCount = 40_000;
const at = '2026-01-01T00:00:00.000Z';
/**
 * The median of up to `runs` timed runs after one untimed warm-up; a slow operation stops after
 * `budgetMs` so the old quadratic code can still be measured in a sitting.
 */
function medianMs(fn: () => unknown, runs = 7, budgetMs = 8000): { ms: number; runs: number } {
  fn();
  const times: number[] = [];
  const begun = performance.now();
  while (times.length < runs && (times.length === 0 || performance.now() - begun < budgetMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, runs: times.length };
}

export function benchRetrieval(): BenchRow[] {
  const { text, messages } = syntheticTranscript(500_000);
  const codings: Coding[] = syntheticCodings(messages, codingCount);
  const source: Source = {
    id: 'bench',
    projectId: 'bench',
    createdAt: at,
    updatedAt: at,
    title: 'Intervju',
    kind: 'interview',
    origin: {
      fileName: 'intervju.txt',
      format: 'transcript-txt',
      encoding: 'UTF-8',
      lineEndings: 'lf',
      sha256: '',
      sizeBytes: text.length,
      importedAt: at,
      anonymisation: [],
    },
    length: text.length,
    attributes: {},
    order: 0,
  };
  const input = {
    codes: Array.from({ length: 12 }, (_, i) => makeCode(`code${i}`, `Kode ${i}`, null, i)),
    codings,
    sources: [source],
    messages,
    texts: new Map([['bench', text]]),
    deadlineHours: 48,
  };
  // Half the codes against the other half: about 20,000 codings on each side.
  const chosen = ['code0', 'code1', 'code2', 'code3', 'code4', 'code5'];
  const others = ['code6', 'code7', 'code8', 'code9', 'code10', 'code11'];
  const query = (operator: RetrievalOperator): RetrievalQuery => ({
    codes: operator === 'and' ? ['code0', 'code6'] : chosen,
    operator,
    others,
    nearDistance: 200,
    includeDescendants: true,
    filters: {},
  });

  const sort = medianMs(() => [...codings].sort(compareRanges));
  const operators: RetrievalOperator[] = ['and', 'not', 'overlaps', 'within', 'near'];
  return operators.map((operator) => {
    let found = 0;
    const { ms, runs } = medianMs(() => (found = runRetrieval(input, query(operator)).length));
    return {
      name: `retrieval ${operator.toUpperCase()} (${codingCount.toLocaleString('en')} codings in one 500k-char source)`,
      ms,
      baselineName: `plain sort of the same ${codingCount.toLocaleString('en')} ranges`,
      baselineMs: sort.ms,
      target: '< 100 ms',
      note: `${found.toLocaleString('en')} passages found; median of ${runs} runs; raw = the sort any implementation must do at least`,
    };
  });
}
