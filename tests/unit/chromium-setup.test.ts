// How `npm test` finds its browser, on a machine where it may not install one.
import { afterEach, expect, test } from 'vitest';
import { ensureChromium, findChromium } from '../setup/chromium.ts';

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

test('with no browser and no right to install, it stops naming the exact command', () => {
  delete process.env.CHROME_PATH;
  expect(() => ensureChromium(['/nowhere/chromium', '/nowhere/google-chrome'], false)).toThrow(
    /No Chromium or Chrome found \(looked at CHROME_PATH and \/nowhere\/chromium, \/nowhere\/google-chrome\)\. Install it with:\n {2}sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-dejavu-core\nor set CHROME_PATH/,
  );
});

test('the first of the usual paths that exists is used; CHROME_PATH comes before them', () => {
  delete process.env.CHROME_PATH;
  expect(findChromium(['/nowhere/chromium', process.execPath])).toBe(process.execPath);
  process.env.CHROME_PATH = process.execPath;
  expect(findChromium(['/nowhere/chromium'])).toBe(process.execPath);
});

test('a CHROME_PATH that does not exist is an error, not a silent fallback', () => {
  process.env.CHROME_PATH = '/nowhere/chrome';
  expect(() => findChromium([process.execPath])).toThrow('CHROME_PATH is /nowhere/chrome, which does not exist.');
});
