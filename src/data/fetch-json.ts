// Fetches one published file with a time limit, and says in a reader's words what went wrong:
// the HTTP status, no answer in time, or a body that is not whole JSON (a cut-off download).
export const FETCH_TIMEOUT_MS = 20_000;

export function dataUrl(name: string): string {
  return new URL(`data/${name}`, document.baseURI).href;
}

export class FileLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export async function fetchJson(name: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<unknown> {
  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), timeoutMs);
  try {
    let res: Response;
    let body: string;
    try {
      res = await fetch(dataUrl(name), { signal: controller.signal });
      if (!res.ok) throw new FileLoadError(name, `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      body = await res.text();
    } catch (err) {
      if (err instanceof FileLoadError) throw err;
      if (controller.signal.aborted) throw new FileLoadError(name, `no answer within ${Math.round(timeoutMs / 1000)} s`);
      throw new FileLoadError(name, 'the network request failed');
    }
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw new FileLoadError(name, 'the file is incomplete or not valid JSON');
    }
  } finally {
    window.clearTimeout(timer);
  }
}
