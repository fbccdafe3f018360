// Escape closes the topmost open panel, one per press: the reader, then the selected event, post,
// highway or place, then the probe card. (The search box closes its own list first.) Focus goes
// back to what opened the panel if it is still on the page, else to the map, so that a keyboard
// reader is never left on a removed element.
import { effect } from '@preact/signals';
import { closeProbe, closeReader, selectEvent, selectHighway, selectPlace, selectPost } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';

interface Closable {
  isOpen(state: AppState): boolean;
  close(state: AppState): void;
}

/** Topmost first. */
const PANELS: Closable[] = [
  { isOpen: (s) => s.reader.value !== null, close: closeReader },
  { isOpen: (s) => s.selectedEvent.value !== null, close: (s) => selectEvent(s, null) },
  { isOpen: (s) => s.selectedPost.value !== null, close: (s) => selectPost(s, null) },
  { isOpen: (s) => s.selectedHighway.value !== null, close: (s) => selectHighway(s, null) },
  { isOpen: (s) => s.place.value !== null, close: (s) => selectPlace(s, null) },
  { isOpen: (s) => s.probe.value !== null, close: closeProbe },
];

/** Closes the topmost open panel; false when none was open. */
export function closeTopmost(state: AppState): boolean {
  const top = PANELS.find((p) => p.isOpen(state));
  top?.close(state);
  return top !== undefined;
}

function focusable(el: Element | null): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && el !== document.body;
}

export function attachEscape(state: AppState): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (closeTopmost(state)) e.preventDefault();
  };
  document.addEventListener('keydown', onKeyDown);
  // What had focus when each panel opened: where focus returns when it closes.
  const openers = PANELS.map(() => null as Element | null);
  const wasOpen = PANELS.map((p) => p.isOpen(state));
  const stop = effect(() => {
    PANELS.forEach((panel, i) => {
      const open = panel.isOpen(state);
      if (open && !wasOpen[i]) openers[i] = document.activeElement;
      if (!open && wasOpen[i]) {
        const opener = openers[i] ?? null;
        // After the render that removes the panel: only then is it known whether focus was lost.
        requestAnimationFrame(() => {
          if (focusable(document.activeElement)) return;
          const target = focusable(opener) ? opener : document.querySelector<HTMLElement>('.maplibregl-canvas');
          target?.focus({ preventScroll: true });
        });
      }
      wasOpen[i] = open;
    });
  });
  return () => {
    document.removeEventListener('keydown', onKeyDown);
    stop();
  };
}
