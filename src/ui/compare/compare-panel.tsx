// The comparison in the side panel (a bottom sheet on phones), when no place or event is open.
import { setSince } from '../../state/actions.ts';
import { useAppState } from '../../state/app-state.ts';
import { CompareSummary } from './compare-summary.tsx';
import { useComparison } from './use-comparison.ts';

export function ComparePanel() {
  const state = useAppState();
  const comparison = useComparison();
  return (
    <div class="panel-body">
      <div class="panel-header">
        <p class="kind">Two dates compared</p>
        <button type="button" class="close" aria-label="Stop comparing" onClick={() => setSince(state, null)}>
          ×
        </button>
      </div>
      {comparison ? <CompareSummary comparison={comparison} /> : <p>Loading the cells…</p>}
    </div>
  );
}
