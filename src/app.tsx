import { MapView } from './map/map-view.tsx';
import type { AppState } from './state/app-state.ts';
import { AppStateContext } from './state/app-state.ts';
import { DataStatus } from './ui/data-status/index.tsx';
import { Legend } from './ui/legend/index.tsx';
import { MapFallback } from './ui/map-fallback/index.tsx';
import { PrintCaption } from './ui/print-caption/index.tsx';
import { ProbeCard } from './ui/probe-card/index.tsx';
import { Reader } from './ui/reader/index.tsx';
import { SidePanel } from './ui/side-panel.tsx';
import { TextView } from './ui/text-view/index.tsx';
import { TimeSlider } from './ui/time-slider/index.tsx';
import { TopBar } from './ui/topbar/index.tsx';

export function App({ state }: { state: AppState }) {
  const showText = state.textView.value || state.mapStatus.value === 'no-webgl';
  if (state.embed.value) {
    // For an iframe: the map and the time bar only.
    return (
      <AppStateContext.Provider value={state}>
        <div class="app embed">
          <main class="stage">
            <MapView />
            <MapFallback />
          </main>
          <TimeSlider />
        </div>
      </AppStateContext.Provider>
    );
  }
  return (
    <AppStateContext.Provider value={state}>
      <div class="app">
        <PrintCaption />
        <TopBar />
        <main class="stage">
          <MapView />
          <MapFallback />
          {state.dataError.value ? (
            <p class="map-notice" role="alert">
              The map's data could not be loaded ({state.dataError.value}). The basemap still works.
            </p>
          ) : null}
          <DataStatus />
          <ProbeCard />
          <Legend />
          <Reader />
          {showText ? <TextView /> : null}
        </main>
        <SidePanel />
        <TimeSlider />
      </div>
    </AppStateContext.Provider>
  );
}
