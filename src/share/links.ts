// The links a reader takes away: this view, and the same view embedded (map and time bar only).
export function viewUrl(href = window.location.href): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.hash.replace(/^#/, ''));
  params.delete('embed');
  url.hash = params.toString().replace(/%2F/g, '/');
  return url.href;
}

export function embedUrl(href = window.location.href): string {
  const url = new URL(viewUrl(href));
  url.hash = `${url.hash.replace(/^#/, '')}${url.hash.length > 1 ? '&' : ''}embed=1`;
  return url.href;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeSnippet(href = window.location.href): string {
  return `<iframe src="${escapeAttr(embedUrl(href))}" title="Idlib 2020: map of the battle for Idlib" width="800" height="600" style="border:0" loading="lazy"></iframe>`;
}

/** Copies text; where the Clipboard API is refused (no permission, http), selects the field for Ctrl+C. */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
