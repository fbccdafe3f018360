import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { reportingSentences } from '../../pipeline/furniture.ts';
import { splitSentences } from '../../pipeline/sentences.ts';
import { expectFixture } from './fixture.ts';

const ARTICLES = new URL('../../geo/articles/', import.meta.url);

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  test('splits at full stops, question and exclamation marks', () => {
    expect(sentences('Saraqeb fell. Did it? Yes! It did.')).toEqual(['Saraqeb fell.', 'Did it?', 'Yes!', 'It did.']);
  });

  test('does not split after titles, with or without a full stop', () => {
    expect(sentences('Mr Erdogan said. Then he left.')).toEqual(['Mr Erdogan said.', 'Then he left.']);
    expect(sentences('Mr. Erdogan met Gen. Akar and Dr. Smith. Talks began.')).toEqual([
      'Mr. Erdogan met Gen. Akar and Dr. Smith.',
      'Talks began.',
    ]);
    expect(sentences('Lt. Col. Jones and Capt. Ali arrived. St. Paul wrote.')).toEqual([
      'Lt. Col. Jones and Capt. Ali arrived.',
      'St. Paul wrote.',
    ]);
  });

  test('does not split after U.S., U.N. and other dotted initials', () => {
    expect(sentences('He spoke to the U.S. envoy. Then he left.')).toEqual(['He spoke to the U.S. envoy.', 'Then he left.']);
    expect(sentences('Kalin spoke to U.S. National Security Advisor Robert O’Brien.')).toHaveLength(1);
    expect(sentences('The U.N. Secretary General and the E.U. agreed.')).toHaveLength(1);
  });

  test('does not split after abbreviated months', () => {
    expect(sentences('The toll rose on Feb. 27 the ministry said. It was the worst day.')).toEqual([
      'The toll rose on Feb. 27 the ministry said.',
      'It was the worst day.',
    ]);
    expect(sentences('Talks in Moscow on Mar. 5 or Mar. 6, 2020, Peskov said.')).toHaveLength(1);
    expect(sentences('From Sept. 1 to Dec. 31 it held.')).toHaveLength(1);
  });

  test('does not split after single initials, "etc." or "vs."', () => {
    expect(sentences('Edith M. Lederer contributed. Thanks.')).toEqual(['Edith M. Lederer contributed.', 'Thanks.']);
    expect(sentences('Tanks, trucks etc. Were destroyed.')).toHaveLength(1);
    expect(sentences('Turkey vs. Russia. A new phase.')).toEqual(['Turkey vs. Russia.', 'A new phase.']);
  });

  test('"No." is an abbreviation only before a number', () => {
    expect(sentences('Observation post No. 8 was hit.')).toHaveLength(1);
    expect(sentences('He said No. Then he left.')).toEqual(['He said No.', 'Then he left.']);
  });

  test('does not split inside numbers or before a lowercase word', () => {
    expect(sentences('Turkey hosts 3.6 million Syrians. It is full.')).toEqual(['Turkey hosts 3.6 million Syrians.', 'It is full.']);
    expect(sentences('It was approx. ten miles.')).toHaveLength(1);
  });

  test('a closing quote or bracket after the final punctuation belongs to the sentence', () => {
    expect(sentences('Erdogan said, “The situation has turned in our favor.” Speaking later, he smiled.')).toEqual([
      'Erdogan said, “The situation has turned in our favor.”',
      'Speaking later, he smiled.',
    ]);
    expect(sentences('He said "it is over." Then he left.')).toEqual(['He said "it is over."', 'Then he left.']);
    expect(sentences('(He left.) Then they came.')).toEqual(['(He left.)', 'Then they came.']);
    expect(sentences('They “ran away like rats.”')).toEqual(['They “ran away like rats.”']);
  });

  test('does not split inside a quotation', () => {
    expect(
      sentences('“We are delivering our final warnings. We have not reached the desired results as yet,” Mr Erdogan said.'),
    ).toHaveLength(1);
    expect(sentences('“The operation is a matter of time. We could enter suddenly one night.”')).toHaveLength(1);
    // The possessive apostrophe before the quote is not a quotation mark.
    expect(sentences('The troops’ “attacks were a turning point. We are determined.” Then silence.')).toEqual([
      'The troops’ “attacks were a turning point. We are determined.”',
      'Then silence.',
    ]);
  });

  test('an unclosed quotation mark does not swallow the rest of the paragraph', () => {
    expect(sentences('He said “we will win. Then it ended.')).toEqual(['He said “we will win.', 'Then it ended.']);
  });

  test('never runs across a line break, and drops blank lines', () => {
    expect(sentences('A heading without a stop\nThe next paragraph. Another.\r\n\r\nLast line')).toEqual([
      'A heading without a stop',
      'The next paragraph.',
      'Another.',
      'Last line',
    ]);
    expect(sentences('Mr\nErdogan')).toEqual(['Mr', 'Erdogan']);
  });

  test('spans are trimmed, including non-breaking spaces', () => {
    const text = '  \u00a0First one.\u00a0 Second one.  \n';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
    expect(spans[0]).toEqual({ start: 3, end: 13 });
  });

  test('a leading "date 2020-02-20 " prefix is not part of the sentence', () => {
    const text = ' date 2020-02-20 Two Turkish soldiers have been killed. More followed.\n\nThe deaths brought it to 15.';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Two Turkish soldiers have been killed.',
      'More followed.',
      'The deaths brought it to 15.',
    ]);
    expect(spans[0]!.start).toBe(text.indexOf('Two'));
    // Only at the start of a line.
    expect(sentences('It said date 2020-02-20 was set.')).toEqual(['It said date 2020-02-20 was set.']);
  });

  test('an empty text has no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});

describe('the five reports', () => {
  const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'));

  test('all five are there', () => {
    expect(files).toHaveLength(5);
  });

  test.each(files)('%s: every sentence is a trimmed, single-line, verbatim slice', (file) => {
    const text = readFileSync(new URL(file, ARTICLES), 'utf8');
    let last = 0;
    for (const { start, end } of splitSentences(text)) {
      const s = text.slice(start, end);
      expect(start).toBeGreaterThanOrEqual(last);
      expect(s).toBe(s.trim());
      expect(s).not.toMatch(/[\r\n]/);
      last = end;
    }
  });

  test.each(files)('%s: reporting sentences match the reviewed fixture', (file) => {
    const text = readFileSync(new URL(file, ARTICLES), 'utf8');
    const actual = reportingSentences(text).map((s) => text.slice(s.start, s.end));
    expectFixture(new URL(`../fixtures/sentences/${file.replace(/\.txt$/, '.json')}`, import.meta.url), actual);
  });
});
