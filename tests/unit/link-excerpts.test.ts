import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { foldName } from '../../src/core/fold-name.ts';
import { foldForMatch, linkArticle, linkExcerpts, type ArticleText, type LinkTarget } from '../../pipeline/link-excerpts.ts';

const ARTICLES = new URL('../../geo/articles/', import.meta.url);

function readArticles(): ArticleText[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(new URL(f, ARTICLES), 'utf8') }));
}

/** The names found in one text, as written there, with the place each was linked to. */
function found(text: string, targets: LinkTarget[]): [string, string][] {
  return linkArticle({ id: 'a', text }, targets).mentions.map((m) => [m.place, text.slice(m.start, m.end)]);
}

describe('foldForMatch', () => {
  test('lowercases, drops accents and apostrophes, makes hyphens and space runs one space', () => {
    expect(foldForMatch('Maarat al-Nu’man').folded).toBe('maarat al numan');
    expect(foldForMatch("Maarat al-Nu'man").folded).toBe('maarat al numan');
    expect(foldForMatch('Ma‘arrat  al-Nuʼmān').folded).toBe('maarrat al numan');
    expect(foldForMatch('Idlib \u00a0-\t province').folded).toBe('idlib province');
    expect(foldForMatch('إدلب').folded).toBe('ادلب'); // hamza below is a combining mark after NFD
  });

  test('agrees with foldName, which checks that no two places share a name', () => {
    for (const name of ['Maarat al-Nu’man', "Ma'arrat  al-Nuʿmān", 'Jabal al-Zawiya', 'Sheer – Maghar', ' Idleb ', 'إدلب', 'Ḥamā']) {
      expect(foldForMatch(name).folded.trim()).toBe(foldName(name));
    }
  });

  test('maps every folded character back to the character it came from', () => {
    const cases = ['Maarat al-Nu’man', 'E\u0301ric in Ḥamā', 'Idlib \u00a0-  province', 'Saraqeb’s loss', 'إدلب', '𝐀 b'];
    for (const s of cases) {
      const { folded, toOriginal } = foldForMatch(s);
      expect(toOriginal).toHaveLength(folded.length);
      for (let i = 0; i < folded.length; i++) {
        const at = toOriginal[i]!;
        const original = String.fromCodePoint(s.codePointAt(at)!);
        if (folded[i] === ' ') expect(original).toMatch(/[\s-]/);
        else expect(original.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toContain(folded[i]);
        if (i > 0) expect(at).toBeGreaterThanOrEqual(toOriginal[i - 1]!);
      }
    }
    expect(foldForMatch('E\u0301ric').toOriginal).toEqual([0, 2, 3, 4]);
    expect(foldForMatch('Nu’man').toOriginal).toEqual([0, 1, 3, 4, 5]);
  });
});

describe('linkArticle', () => {
  const idlib: LinkTarget = { id: 'idlib', names: ['Idlib', 'Idleb'] };

  test('matches whole words only', () => {
    expect(found('The Idlibi fighters left.', [idlib])).toEqual([]);
    expect(found('Near Idlib, and in Idleb.', [idlib])).toEqual([
      ['idlib', 'Idlib'],
      ['idlib', 'Idleb'],
    ]);
    expect(found('Idlib’s border areas.', [idlib])).toEqual([['idlib', 'Idlib']]);
    expect(found('2Idlib and Idlib2 are no names.', [idlib])).toEqual([]);
    // "Nu" is no word inside "Nu’man", though the apostrophe is folded away.
    expect(found('Maarat al-Nu’man fell.', [{ id: 'nu', names: ['Nu', 'man'] }])).toEqual([]);
  });

  test('ignores case, accents and the kind of apostrophe', () => {
    const maarat: LinkTarget = { id: 'maarat-al-numan', names: ["Maarat al-Nu'man"] };
    expect(found('a base near Maarat al-Nu’man city.', [maarat])).toEqual([['maarat-al-numan', 'Maarat al-Nu’man']]);
    expect(found('a base near Maarat al-Nu’man city.', [{ id: 'm', names: ['Maarat al-Numan'] }])).toEqual([['m', 'Maarat al-Nu’man']]);
    expect(found('a base near MAARAT AL NUMAN.', [maarat])).toEqual([['maarat-al-numan', 'MAARAT AL NUMAN']]);
    expect(found('Forces moved from Ḥamā.', [{ id: 'hama', names: ['Hama'] }])).toEqual([['hama', 'Ḥamā']]);
    expect(found('Forces moved from Hama.', [{ id: 'hama', names: ['Ḥamā'] }])).toEqual([['hama', 'Hama']]);
    // A decomposed accent on the last letter belongs to the match.
    expect(found('Forces moved from Hama\u0304 today.', [{ id: 'hama', names: ['Hama'] }])).toEqual([['hama', 'Hama\u0304']]);
  });

  test('transliteration marks for ayn and hamza count as apostrophes, not letters', () => {
    expect(found('Maʿarrat al-Nuʿman fell.', [{ id: 'm', names: ["Ma'arrat al-Nu'man"] }])).toEqual([['m', 'Maʿarrat al-Nuʿman']]);
    expect(found('the spring at ʿAin Laruz.', [{ id: 'ain-laruz', names: ['Ain Laruz'] }])).toEqual([['ain-laruz', 'Ain Laruz']]);
  });

  test('matches Arabic names as whole words', () => {
    const saraqeb: LinkTarget = { id: 'saraqeb', names: ['سراقب'] };
    expect(found('قصفت الطائرات سراقب اليوم.', [saraqeb])).toEqual([['saraqeb', 'سراقب']]);
    expect(found('قصفت الطائرات سراقبي اليوم.', [saraqeb])).toEqual([]);
  });

  test('the longest name wins where names overlap, leftmost first, without overlaps', () => {
    const province: LinkTarget = { id: 'idlib-province', names: ['Idlib province'] };
    expect(found('In Idlib province, near Idlib city.', [idlib, province])).toEqual([
      ['idlib-province', 'Idlib province'],
      ['idlib', 'Idlib'],
    ]);
    const zawiya: LinkTarget = { id: 'zawiya', names: ['Zawiya', 'al-Zawiya'] };
    const jabal: LinkTarget = { id: 'jabal-al-zawiya', names: ['Jabal al-Zawiya'] };
    expect(found('Towns in Jabal al-Zawiya fell.', [zawiya, jabal])).toEqual([['jabal-al-zawiya', 'Jabal al-Zawiya']]);
    const bara: LinkTarget = { id: 'al-bara', names: ['al-Bara', 'Bara'] };
    expect(found('between al-Bara and Bara.', [bara])).toEqual([
      ['al-bara', 'al-Bara'],
      ['al-bara', 'Bara'],
    ]);
  });

  test('a name shared by two targets goes to the first listed', () => {
    expect(
      found('Near Bara.', [
        { id: 'one', names: ['Bara'] },
        { id: 'two', names: ['bara'] },
      ]),
    ).toEqual([['one', 'Bara']]);
  });

  test('names in page furniture are not linked; sentence numbers skip furniture', () => {
    const text =
      'Fighting near Saraqeb.\nA fighter fires towards Saraqeb [Omar Haj Kadour/AFP]\nREAD MORE: Saraqeb falls\nSaraqeb’s loss is a setback.';
    const { sentences, mentions } = linkArticle({ id: 'a', text }, [{ id: 'saraqeb', names: ['Saraqeb'] }]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Fighting near Saraqeb.', 'Saraqeb’s loss is a setback.']);
    expect(mentions.map((m) => [m.sentence, text.slice(m.start, m.end)])).toEqual([
      [0, 'Saraqeb'],
      [1, 'Saraqeb'],
    ]);
  });
});

describe('linkExcerpts', () => {
  test('one excerpt per place and sentence, match on the first mention, ordered by article then sentence', () => {
    const articles: ArticleText[] = [
      { id: 'b', text: 'Idlib again. Nothing here. Idleb and Idlib once more.' },
      { id: 'c', text: 'Quiet day.' },
    ];
    const targets: LinkTarget[] = [idlibTarget(), { id: 'hama', names: ['Hama'] }];
    const { excerpts, mentions } = linkExcerpts(articles, targets);
    expect(excerpts.hama).toEqual([]);
    expect(excerpts.idlib).toEqual([
      { article: 'b', sentence: 0, text: 'Idlib again.', match: [0, 5] },
      { article: 'b', sentence: 2, text: 'Idleb and Idlib once more.', match: [0, 5] },
    ]);
    expect(mentions.b).toHaveLength(3);
    expect(mentions.c).toEqual([]);
  });
});

function idlibTarget(): LinkTarget {
  return { id: 'idlib', names: ['Idlib', 'Idleb'] };
}

describe('the five reports', () => {
  const articles = readArticles();
  const targets: LinkTarget[] = [
    { id: 'saraqeb', names: ['Saraqeb', 'Saraqib'] },
    { id: 'nayrab', names: ['Nayrab', 'Nairab', 'al-Nayrab'] },
    { id: 'qaminas', names: ['Qaminas', 'Qmenas'] },
    { id: 'baliun', names: ['Baliun', 'Balyun'] },
    { id: 'sheer-maghar', names: ['Sheer Maghar', 'Shir Mughar'] },
    { id: 'jabal-al-zawiya', names: ['Jabal al-Zawiya', 'Jabal Zawiya'] },
    { id: 'al-bara', names: ['al-Bara', 'Bara'] },
  ];
  const { excerpts, mentions } = linkExcerpts(articles, targets);
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const matched = (place: string) => (excerpts[place] ?? []).map((e) => e.text.slice(e.match[0], e.match[1]));

  test('every excerpt is a verbatim sentence and its match folds to one of the place’s names', () => {
    for (const target of targets) {
      const names = new Set(target.names.map((n) => foldForMatch(n).folded));
      for (const e of excerpts[target.id] ?? []) {
        expect(textOf.get(e.article)).toContain(e.text);
        expect(names).toContain(foldForMatch(e.text.slice(e.match[0], e.match[1])).folded);
      }
    }
  });

  test('every mention lies in the article text at a name of its place', () => {
    for (const article of articles) {
      for (const m of mentions[article.id] ?? []) {
        const names = targets.find((t) => t.id === m.place)!.names.map((n) => foldForMatch(n).folded);
        expect(names).toContain(foldForMatch(article.text.slice(m.start, m.end)).folded);
      }
    }
  });

  test('Saraqeb is linked in at least three reports', () => {
    expect(new Set((excerpts.saraqeb ?? []).map((e) => e.article)).size).toBeGreaterThanOrEqual(3);
  });

  test('Nayrab is linked under both spellings', () => {
    expect(new Set(matched('nayrab'))).toEqual(new Set(['Nayrab', 'Nairab']));
  });

  test.each(['qaminas', 'baliun', 'sheer-maghar', 'jabal-al-zawiya', 'al-bara'])('%s is linked at least once', (id) => {
    expect(excerpts[id]?.length ?? 0).toBeGreaterThanOrEqual(1);
  });

  test('the photo caption naming Saraqeb is not an excerpt', () => {
    expect((excerpts.saraqeb ?? []).some((e) => e.text.includes('[Omar Haj Kadour/AFP]'))).toBe(false);
  });

  test('gives the same answer at ~10 articles × 300 places × 2,000 names', () => {
    const many = [...articles, ...articles].map((a, i) => ({ id: `${a.id}-${i}`, text: a.text }));
    const big: LinkTarget[] = Array.from({ length: 300 }, (_, p) => ({
      id: `place-${p}`,
      names: Array.from({ length: 7 }, (_, n) => `Kafr Name${p}x${n} al-Tall`),
    }));
    big.push(...targets);
    // Its speed is measured by `npm run bench`, not asserted here (a shared machine is noisy).
    const result = linkExcerpts(many, big);
    expect(result.excerpts.saraqeb?.length).toBe(2 * (excerpts.saraqeb?.length ?? 0));
  });
});
