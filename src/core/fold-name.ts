// How two spellings of a name are compared: case, accents, apostrophes (’ and '), hyphens and
// spacing do not count. Shared by the alias check and the excerpt linker so they agree.
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`ʿʾ]/g, '')
    .replace(/[-‐‑–—\s]+/g, ' ')
    .trim();
}
