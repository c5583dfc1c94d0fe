import { useRoute } from '../../services/routes';
import { RetrievalScreen } from '../retrieval/RetrievalScreen';
import { StcScreen } from '../stc/StcScreen';

/** Minimal wiring (stcui2, for its e2e): `#/analysis/stc/<n>` is STC, anything else retrieval. stcui1's hub replaces this at merge. */
export function AnalysisScreen() {
  const route = useRoute();
  if (route.params[0] === 'stc') return <StcScreen step={Number(route.params[1] ?? 1)} />;
  return <RetrievalScreen />;
}
