import { describe, expect, it } from 'vitest';
import { findSingleSpans, findSpans, wordCount } from '../src/extractors/quote/spans.js';
import { attributeAfter, attributeBefore, dashLine } from '../src/extractors/quote/attribution.js';
import { findMentions, NameIndex } from '../src/extractors/quote/speakers.js';
import { isTitleCase, looksLikeTitle } from '../src/extractors/quote/titles.js';
import { convert } from '../src/convert.js';

const none = (): boolean => false;

describe('findSpans', () => {
  it.each([
    ['straight', '"One two three four five," she said.', ['One two three four five,']],
    ['curly', '\u201COne two three,\u201D he said. \u201CFour five.\u201D', ['One two three,', 'Four five.']],
    ['guillemets', '\u00ABUn deux trois\u00BB, dit-il.', ['Un deux trois']],
    ['mixed straight open, curly close', '"Mixed marks close here.\u201D Then more.', ['Mixed marks close here.']],
    ['a nested curly term', '\u201CThe response (or \u201CpCR\u201D) is strong,\u201D she said.', ['The response (or \u201CpCR\u201D) is strong,']],
    ['house-style restarts in one merged paragraph', 'He said: \u201CFirst part. \u201CSecond part.\u201D Done.', ['First part. Second part.']],
  ])('%s', (_name, text, expected) => {
    expect(findSpans(text).map((s) => s.text)).toEqual(expected);
  });

  it('leaves a span open to the end of the paragraph when it never closes', () => {
    const [span] = findSpans('"We will keep going.');
    expect(span).toMatchObject({ text: 'We will keep going.', closed: false });
  });

  it('ignores a stray closing mark', () => {
    expect(findSpans('It was not an option." Then a sentence.')).toEqual([]);
  });

  it('reads British single marks but not apostrophes or plural possessives', () => {
    expect(findSingleSpans('\u2018The researchers\u2019 data don\u2019t lie,\u2019 she said.').map((s) => s.text)).toEqual([
      'The researchers\u2019 data don\u2019t lie,',
    ]);
  });

  it('reads straight single marks the same way', () => {
    expect(findSingleSpans("'The growers' plots don't flood any more,' she said.").map((s) => s.text)).toEqual(["The growers' plots don't flood any more,"]);
    expect(findSingleSpans("The farmers' union met on Friday and the growers' group on Monday.")).toEqual([]);
  });

  it('counts words', () => {
    expect(wordCount("It's a long-term plan, isn't it?")).toBe(6);
  });
});

describe('attribution', () => {
  it.each([
    [', said Dr. Ann Lee, director of the lab.', 'Ann Lee', 'director of the lab', 'said-after'],
    [' according to Bo Chan, a physicist.', 'Bo Chan', 'a physicist', 'according-to'],
    [' says senior author Ann Lee, PhD.', 'Ann Lee', null, 'said-after'],
    [' Dr. Lee added.', 'Lee', null, 'said-after'],
    [' \u2014 Ann Lee, Acme Labs', 'Ann Lee', 'Acme Labs', 'dash'],
    [' Dr. Ann Lee, who leads the lab, said.', 'Ann Lee', null, 'said-after'],
    [' Ann Lee told reporters.', 'Ann Lee', null, 'said-after'],
    [' So says Professor Ann Lee, head of the lab.', 'Ann Lee', 'head of the lab', 'said-after'],
  ])('after: %j', (chunk, name, role, strategy) => {
    const a = attributeAfter(chunk, 0, none);
    expect(a).toMatchObject({ kind: 'name', name, strategy });
    if (role) expect(a!.role).toBe(role);
  });

  it.each([
    ['she said.', 'pronoun'],
    [' the authors write.', 'none'],
    [' the study concludes.', 'none'],
    [' the researcher noted.', 'pronoun'],
    [' a council spokesperson said.', 'none'],
    [" the paper's authors conclude.", 'none'],
    [' a ministry official said.', 'none'],
  ])('after, no name: %j is %s', (chunk, kind) => {
    expect(attributeAfter(chunk, 0, none)?.kind).toBe(kind);
  });

  it('does not take a verb that introduces the next quote', () => {
    expect(attributeAfter(' Ann Lee said: ', 0, none)).toBeNull();
  });

  it.each([
    ['Ann Lee, who led the work, said: ', 'Ann Lee', 'colon-preamble'],
    ['Elsewhere, Bo Chan, a physicist at Acme, noted, ', 'Bo Chan', 'said-before'],
    ['As noted by Ann Lee, a chemist, ', 'Ann Lee', 'said-before'],
    ['Ann Lee says the method is better than washing: ', 'Ann Lee', 'colon-preamble'],
    ['In the words of Bo Chan, ', 'Bo Chan', 'according-to'],
    ['Dr. Bo Chan: ', 'Bo Chan', 'colon-preamble'],
  ])('before: %j', (chunk, name, strategy) => {
    expect(attributeBefore(chunk, 0, none)).toMatchObject({ kind: 'name', name, strategy });
  });

  it('reads a whole sentence only in narrative mode', () => {
    const chunk = 'The method also helps planning, said Bo Chan, a surgeon. ';
    expect(attributeBefore(chunk, 0, none)).toBeNull();
    expect(attributeBefore(chunk, 0, none, true)).toMatchObject({ name: 'Bo Chan', strategy: 'narrative' });
  });

  it('reads a dash line', () => {
    expect(dashLine('\u2014 Ann Lee, head of research', none)).toMatchObject({ name: 'Ann Lee', role: 'head of research' });
    expect(dashLine('A paragraph of prose.', none)).toBeNull();
  });
});

describe('speakers', () => {
  it('finds people, not organisations, and strips honorifics and role words', () => {
    const names = findMentions('CDC Director Tomas Ferreira met Prof. Dr. Clara M. Vogt at the University of Bristol and Ilves\u2019s team.').map((m) => [m.name, m.possessive]);
    expect(names).toEqual([
      ['Tomas Ferreira', false],
      ['Clara M. Vogt', false],
    ]);
  });

  it('drops generational suffixes from a name', () => {
    expect(findMentions('Dr. Martin Luther King Jr. spoke.').map((m) => m.name)).toEqual(['Martin Luther King']);
  });

  it('resolves short references to the fullest printed form', () => {
    const index = new NameIndex();
    for (const m of findMentions('Led by Dr. Eric Nestler. Authors: Eric J. Nestler and Isobel Marsh, 65.')) index.add(m);
    expect(index.resolve('Dr. Nestler').name).toBe('Eric J. Nestler');
    expect(index.resolve('Eric Nestler').name).toBe('Eric J. Nestler');
    expect(index.resolve('Isobel')).toMatchObject({ name: 'Isobel Marsh', how: 'given-name' });
    expect(index.resolve('Prof. Unknown Person')).toMatchObject({ name: 'Unknown Person', how: 'as-printed' });
  });

  it('resolves a family name of several words to the full name it ends ("Dr Nic Aodha")', () => {
    const index = new NameIndex();
    for (const m of findMentions('The work was led by Dr Síle Nic Aodha in Galway. Nic Aodha said it was hard.')) index.add(m);
    expect(index.resolve('Dr Nic Aodha').name).toBe('Síle Nic Aodha');
  });

  it('keeps a Welsh particle inside the name ("Rhys ap Gwilym")', () => {
    expect(findMentions('Professor Rhys ap Gwilym, a volcanologist, was cautious.').map((m) => m.name)).toEqual(['Rhys ap Gwilym']);
  });

  it('keeps two people with one family name apart by initial', () => {
    const index = new NameIndex();
    for (const m of findMentions('Ann Lee and Bo Lee wrote it.')) index.add(m);
    expect(index.resolve('Bo Lee').name).toBe('Bo Lee');
    expect(index.resolve('A. Lee').name).toBe('Ann Lee');
  });
});

describe('titles', () => {
  it('tells titles from statements', () => {
    expect(isTitleCase('Self-Cleaning Coatings for Arid Photovoltaic Arrays')).toBe(true);
    expect(isTitleCase('We saw almost no loss of output in the sand')).toBe(false);
    expect(looksLikeTitle('a study of dust on panels in deserts', 'The paper, ', ' appears in Energy.')).toBe(true);
    expect(looksLikeTitle('dust on panels in the desert sun', 'Lee, A. B., ', ', Energy, 2031.')).toBe(true);
  });
});

describe('hostile input stays linear', () => {
  const time = (text: string): number => {
    const t0 = performance.now();
    convert(text, { path: 'hostile.md' });
    return performance.now() - t0;
  };
  it.each([
    ['200,000 straight quotes', '"'.repeat(200_000)],
    ['200,000 curly opening quotes', '\u201C'.repeat(200_000)],
    ['a 1 MB line of "1234."', '1234.'.repeat(200_000)],
    ['"Dr. " repeated', 'Dr. '.repeat(200_000)],
    ['quotes, verbs and initials', '"a said Dr. B. '.repeat(30_000)],
    ['names and commas', 'Ann Lee, '.repeat(50_000)],
    ['attributed quotes in one paragraph', '"One two three four five," said Ann Lee. '.repeat(10_000)],
    ['pronouns after two names', '"One two three four five," he said. Ann Lee and Bo Chan met. '.repeat(5_000)],
    ['commas before a quote', ', '.repeat(300_000) + 'x "one two three four five"'],
    ['single marks', '\u2018a\u2019 '.repeat(150_000)],
  ])('%s', (_name, text) => {
    expect(time(text)).toBeLessThan(9000);
  });
});
