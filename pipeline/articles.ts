// Loads the reports (unchanged .txt files) and their index. Adding a report is: drop its .txt into
// geo/articles/, add its entry to index.json, rebuild. A .txt that the index does not list is not
// published, and the build says so.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/core/types.ts';
import { itemLabel } from '../src/core/schema/check.ts';
import { articleIndex, articleIndexEntry } from '../src/core/schema/geo-files.ts';
import { LIMITS } from '../src/core/schema/limits.ts';
import { checkList, readJson, readText } from './load.ts';
import type { Problem } from './problems.ts';
import { throwIfAny } from './problems.ts';

export function loadArticles(geoDir: string, period: { start: string }, warn: (p: Problem) => void): Article[] {
  const problems: Problem[] = [];
  const { file, value } = readJson(geoDir, 'articles/index.json', problems);
  throwIfAny(problems);
  const label = (raw: unknown, i: number) => itemLabel(raw, i, 'entry');
  const entries = checkList(file, value, articleIndex, (list) => list, articleIndexEntry, problems, label);
  const seen = new Set<string>();
  const listed = new Set<string>();
  const articles: Article[] = [];
  for (const { label: name, value: e } of entries) {
    const fail = (problem: string) => problems.push({ file, feature: name, problem });
    if (seen.has(e.id)) fail('id is used twice');
    seen.add(e.id);
    listed.add(e.file);
    if (e.date < period.start) fail(`"date" ${e.date} is before the period starts (${period.start})`);
    const fileProblems: Problem[] = [];
    const text = readText(geoDir, join('articles', e.file), fileProblems, LIMITS.articleBytes, name);
    for (const p of fileProblems) fail(`"file" ${e.file} ${p.problem}`);
    if (text === null) continue;
    const { file: _file, date_basis: _basis, ...published } = e;
    articles.push({ ...published, text });
  }
  throwIfAny(problems);
  for (const name of readdirSync(join(geoDir, 'articles')).sort()) {
    if (name.endsWith('.txt') && !listed.has(name))
      warn({
        file: `geo/articles/${name}`,
        feature: '(file)',
        problem: 'is not listed in geo/articles/index.json, so it is not published',
      });
  }
  return articles;
}
