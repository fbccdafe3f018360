// Golden-file check: the fixture is the reviewed expectation; UPDATE_FIXTURES=1 rewrites it from
// the code's current output (review the diff before keeping it).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export function expectFixture(path: string | URL, actual: unknown): void {
  const file = path instanceof URL ? fileURLToPath(path) : path;
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_FIXTURES === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, json);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`fixture ${file} is missing: run the test with UPDATE_FIXTURES=1 to write it, then review it`);
  }
  // Through JSON so that what is compared is exactly what a regenerated fixture would hold.
  expect(JSON.parse(json), `fixture ${file} (UPDATE_FIXTURES=1 rewrites it)`).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
