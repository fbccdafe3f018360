import { MapView } from './map/map-view.tsx';
import type { AppState } from './state/app-state.ts';
import { AppStateContext } from './state/app-state.ts';
import { MapFallback } from './ui/map-fallback/index.tsx';
import { TopBar } from './ui/topbar/index.tsx';

export function App({ state }: { state: AppState }) {
  return (
    <AppStateContext.Provider value={state}>
      <div class="app">
        <TopBar />
        <main class="stage">
          <MapView />
          <MapFallback />
        </main>
      </div>
    </AppStateContext.Provider>
  );
}
