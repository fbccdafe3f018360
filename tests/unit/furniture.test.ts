import { describe, expect, test } from 'vitest';
import { isFurniture, reportingSentences } from '../../pipeline/furniture.ts';

/** A one-sentence paragraph: the usual shape of furniture. */
const line = (l: string, firstLine = false) => isFurniture(l, l, { firstLine });

describe('isFurniture: page furniture', () => {
  test.each([
    "Click to play video: 'Turkish army releases footage of purported strikes' Turkish army releases footage of purported strikes",
    'Story continues below advertisement',
    'READ MORE: Israeli rockets hit Palestinian militant Jihad group near Syrian capital',
    'Read more: Turkey says it has retaliated after Syrian shelling kills 5 soldiers',
    'WATCH: Turkish army releases footage of purported strikes against Syrian government targets – Feb 27, 2020',
    'Sponsored content',
    'Advertisement',
    'Related: Syrians fleeing attacks in Idlib find shelter in caves',
    'INTERACTIVE: Syria control map - Battle for Idlib - Feb 2, 2020',
    'Photo: Displaced Syrians near the Turkish border',
    'FILE - In this Feb. 27, 2020 file photo, Turkish soldiers patrol near Saraqeb.',
  ])('labelled line: %s', (l) => {
    expect(line(l)).toBe(true);
  });

  test.each([
    'A Turkey-backed Syrian fighter fires a truck-mounted gun towards the town of Saraqeb on Wednesday [Omar Haj Kadour/AFP]',
    'Turkish soldiers patrol near Saraqeb, Syria, Thursday, Feb. 27, 2020. (AP Photo/Ghaith Alsayed)',
    'Displaced Syrians wait at the border [File: Reuters]',
  ])('photo caption, even as the headline position: %s', (l) => {
    expect(line(l, true)).toBe(true);
  });

  test.each([
    'U.S. troops under fire at checkpoint in Syria during clash with locals – Feb 12, 2020',
    'Passenger plane has near miss with air strikes in Syria – Feb 7, 2020',
  ])('video title with its date: %s', (l) => {
    expect(line(l, true)).toBe(true);
  });

  test.each([
    'Turkey vows to drive Syrian forces back from Idlib',
    'Syria’s war: Doctors take precautions to protect hospitals',
    'Retaliatory strikes',
    '‘Greater escalation’',
  ])('unpunctuated heading or related-story link: %s', (l) => {
    expect(line(l)).toBe(true);
  });

  test.each(['Source: Al Jazeera, News Agencies', 'By Zeina Karam and Suzan Fraser, The Associated Press', 'By SARAH EL DEEB'])(
    'source and byline, even as the first line: %s',
    (l) => {
      expect(line(l, true)).toBe(true);
    },
  );

  test('every sentence of a credit paragraph is furniture', () => {
    const edited =
      'This article was edited by The Syrian Observer. The Syrian Observer has not verified the content of this story. Responsibility for the information and views set out in this article lies entirely with the author.';
    expect(isFurniture('The Syrian Observer has not verified the content of this story.', edited)).toBe(true);
    const ap =
      'Wilks reported from Ankara, Turkey. Associated Press writers Albert Aji in Damascus, Syria, and Edith M. Lederer at the United Nations contributed to this report.';
    expect(isFurniture('Wilks reported from Ankara, Turkey.', ap)).toBe(true);
    expect(
      isFurniture(
        'Associated Press writers Albert Aji in Damascus, Syria, and Edith M. Lederer at the United Nations contributed to this report.',
        ap,
      ),
    ).toBe(true);
    expect(line('Wilks reported from Ankara, Turkey.')).toBe(true);
  });
});

describe('isFurniture: reporting that looks close', () => {
  test.each([
    'Al Jazeera could not immediately confirm the reported deaths.',
    'Advertisement spending in Turkey fell as the lira slid.',
    'By Thursday evening, opposition fighters had entered Saraqeb.',
    'Watch towers along the border were reinforced, officials said.',
    'Photos posted on social media showed Turkish tanks near Nayrab.',
    'Sources in the opposition said 20 villages had fallen.',
    'The story continues below the fold, a reporter joked.',
    'Turkey already hosts more than 3.6 million Syrian refugees, said Al Jazeera’s Hashem Ahelbarra, reporting from the Turkish-Syrian border.',
    'Reuters reported from Damascus that the highway had been cut.',
    '“Turkey feels that it is fighting this fight on its own, while it considers what it is doing as an attempt to put an end to the humanitarian [crisis in Idlib].”',
    '“In the coming days, [it is likely] to see Turkey take an aggressive role,” he said.',
    'He said 39 injured were being treated in Turkish hospitals (Hatay/Reyhanli).',
    'The talks are due on Mar. 5 – Mar. 6, 2020, the Kremlin said.',
    'In a message seemingly aimed at Europe, he added:',
  ])('%s', (l) => {
    expect(line(l)).toBe(false);
  });

  test('the headline (first line) is kept though it has no full stop', () => {
    expect(line('33 Turkish soldiers killed in Syrian air raid in Idlib', true)).toBe(false);
    expect(line('33 Turkish soldiers killed in Syrian air raid in Idlib', false)).toBe(true);
  });
});

describe('reportingSentences', () => {
  test('keeps the headline and the reporting, drops the furniture around it', () => {
    const text = [
      'Turkey raises death toll to 33 troops',
      '',
      "Click to play video: 'Footage of strikes' Footage of strikes",
      'WATCH: Footage of strikes – Feb 27, 2020',
      'Turkey has raised the death toll. It is the largest in a single day.',
      'Story continues below advertisement',
      'Related story about Idlib',
      'Wilks reported from Ankara, Turkey. Associated Press writers contributed to this report.',
      'Sponsored content',
    ].join('\n');
    expect(reportingSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Turkey raises death toll to 33 troops',
      'Turkey has raised the death toll.',
      'It is the largest in a single day.',
    ]);
  });
});
