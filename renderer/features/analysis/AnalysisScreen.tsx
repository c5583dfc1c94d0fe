import { useRoute } from '../../services/routes';
import { RetrievalScreen } from '../retrieval/RetrievalScreen';
import { ThematicScreen } from '../thematic/ThematicScreen';

/** The Analysis screen: coded segments (#/analysis) or thematic analysis (#/analysis/thematic). */
export function AnalysisScreen() {
  const route = useRoute();
  return route.params[0] === 'thematic' ? <ThematicScreen /> : <RetrievalScreen />;
}
