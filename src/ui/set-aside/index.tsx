// Tells the reader that some loaded items failed the app's checks and were left off the map, and
// which: a wrong file should be visible, never silently thinner. Text only (names come from data).
import { useAppState } from '../../state/app-state.ts';

export function SetAsideNotice() {
  const setAside = useAppState().data.value?.setAside ?? [];
  if (setAside.length === 0) return null;
  const count = setAside.length === 1 ? '1 item' : `${setAside.length} items`;
  return (
    <details class="set-aside-notice" aria-live="polite">
      <summary>
        {count} in the data failed the app's checks and {setAside.length === 1 ? 'is' : 'are'} not shown
      </summary>
      <ul>
        {setAside.slice(0, 50).map((s, i) => (
          <li key={i}>
            <code>{s.file}</code>: {s.item.slice(0, 80)}: {s.reason.slice(0, 300)}
          </li>
        ))}
        {setAside.length > 50 ? <li>… and {setAside.length - 50} more</li> : null}
      </ul>
    </details>
  );
}
