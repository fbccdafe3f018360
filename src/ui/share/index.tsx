// Share this view: a link to copy, the view as a PNG (date, legend, attribution and link in a
// caption band), and an iframe snippet of the embed mode (map and time bar only).
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { useAppState, type AppState } from '../../state/app-state.ts';
import { formatHash } from '../../state/url-state.ts';
import { copyText, embedUrl, iframeSnippet } from '../../share/links.ts';
import { download, exportPng } from '../../share/export-png.ts';

function currentViewUrl(state: AppState): string {
  const hash = formatHash({
    date: state.day.value,
    map: state.view.value,
    place: state.selectedPlace.value ?? undefined,
    since: state.since.value ?? undefined,
  });
  return `${window.location.origin}${window.location.pathname}${hash}`;
}

export function SharePanel({ onClose }: { onClose: () => void }) {
  const state = useAppState();
  const linkField = useRef<HTMLInputElement>(null);
  const snippetField = useRef<HTMLTextAreaElement>(null);
  const status = useSignal('');
  const exported = useSignal<{ caption: string; size: string } | null>(null);
  const url = currentViewUrl(state);
  const snippet = iframeSnippet(embedUrl(url));

  const copy = async (text: string, field: HTMLInputElement | HTMLTextAreaElement | null, what: string) => {
    status.value = (await copyText(text, field)) ? `${what} copied.` : `Press Ctrl+C (⌘C) to copy the selected ${what.toLowerCase()}.`;
  };
  const savePng = async () => {
    const map = window.idlibMap;
    if (!map) {
      status.value = 'The map is not drawn, so there is no image to save.';
      return;
    }
    status.value = 'Making the image…';
    try {
      const png = await exportPng({ canvas: map.getCanvas(), day: state.day.value, since: state.since.value, url });
      exported.value = { caption: png.caption.join('\n'), size: `${png.width}x${png.height}+${png.bandHeight}` };
      download(png.blob, `idlib-2020-${state.day.value}${state.since.value ? `-since-${state.since.value}` : ''}.png`);
      status.value = `Image saved (${png.width} × ${png.height} pixels).`;
    } catch (err) {
      status.value = `The image could not be made: ${err instanceof Error ? err.message : String(err)}`;
    }
  };

  return (
    <div
      class="share-panel"
      role="dialog"
      aria-label="Share this view"
      data-caption={exported.value?.caption ?? ''}
      data-size={exported.value?.size ?? ''}
    >
      <div class="panel-header">
        <h2>Share this view</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <label for="share-link">Link to this view</label>
      <div class="share-row">
        <input id="share-link" ref={linkField} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => copy(url, linkField.current, 'Link')}>
          Copy link
        </button>
      </div>
      <div class="share-row">
        <button type="button" onClick={savePng}>
          Download image (PNG)
        </button>
        <span class="note">with the date, legend, attribution and link</span>
      </div>
      <label for="share-embed">Embed (map and time bar only)</label>
      <textarea id="share-embed" ref={snippetField} readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => copy(snippet, snippetField.current, 'Embed code')}>
        Copy embed code
      </button>
      <p class="share-status" role="status">
        {status.value}
      </p>
    </div>
  );
}
