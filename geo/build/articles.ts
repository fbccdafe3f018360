// Loads the reports (unchanged .txt files) and their index. Adding a report is: drop its .txt into
// geo/articles/, add its entry to index.json, rebuild.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleIndexEntry } from '../../src/data/types.ts';
import { isIsoDay } from '../../src/time/days.ts';
import { readJson } from './load.ts';
import type { Problem } from './problems.ts';
import { throwIfAny } from './problems.ts';

const ARTICLE_ID = /^[A-Za-z0-9_-]+$/;

export function loadArticles(geoDir: string): Article[] {
  const problems: Problem[] = [];
  const { file, value } = readJson<ArticleIndexEntry[]>(geoDir, 'articles/index.json', problems);
  throwIfAny(problems);
  if (!Array.isArray(value)) {
    problems.push({ file, feature: '(file)', problem: 'must be a list of article entries' });
    throwIfAny(problems);
  }
  const seen = new Set<string>();
  const articles: Article[] = [];
  value!.forEach((e, i) => {
    const label = typeof e?.id === 'string' ? e.id : `entry #${i + 1}`;
    const fail = (problem: string) => problems.push({ file, feature: label, problem });
    if (typeof e.id !== 'string' || !ARTICLE_ID.test(e.id)) return fail('"id" must be letters, digits, "_" or "-"');
    if (seen.has(e.id)) fail('id is used twice');
    seen.add(e.id);
    for (const key of ['title', 'publisher', 'file', 'date_basis'] as const) {
      if (typeof e[key] !== 'string' || e[key].trim() === '') fail(`"${key}" must be a non-empty string`);
    }
    if (typeof e.date !== 'string' || !isIsoDay(e.date)) fail(`"date" must be an ISO day (got ${JSON.stringify(e.date)})`);
    if (typeof e.date_inferred !== 'boolean') fail('"date_inferred" must be true or false');
    if (typeof e.title_written_here !== 'boolean') fail('"title_written_here" must be true or false');
    if (e.url !== null && (typeof e.url !== 'string' || !/^https?:\/\//.test(e.url))) fail('"url" must be an http(s) URL or null');
    const path = join(geoDir, 'articles', String(e.file));
    if (typeof e.file !== 'string' || !e.file.endsWith('.txt') || e.file.includes('/') || !existsSync(path)) {
      return fail(`"file" must name a .txt file in geo/articles/ (got ${JSON.stringify(e.file)})`);
    }
    articles.push({
      id: e.id,
      title: e.title,
      title_written_here: e.title_written_here,
      publisher: e.publisher,
      date: e.date,
      date_inferred: e.date_inferred,
      url: e.url,
      text: readFileSync(path, 'utf8'),
    });
  });
  throwIfAny(problems);
  return articles;
}

