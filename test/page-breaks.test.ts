import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { removePageBreaks } from '../src/parse/page-breaks.js';

describe('removePageBreaks', () => {
  it.each([
    ['a footer inside a sentence joins its halves', 'the survey found\n\nPage 1 of 3\n\fthat gulls nest', 'the survey found' + ' '.repeat(14) + '\fthat gulls nest'],
    ['"-more-" after a full stop keeps the paragraph break', 'They nest early.\n\n-more-\n\nGulls also', 'They nest early.\n\n      \n\nGulls also'],
    ['"- 2 -" before a line in lower case joins', 'and the colony\n- 2 -\ngrew again', 'and the colony' + ' '.repeat(7) + 'grew again'],
  ])('%s', (_name, input, expected) => {
    const out = removePageBreaks(input);
    expect(out).toBe(expected);
    expect(out).toHaveLength(input.length);
  });

  it.each([['-30-'], ['- 30 -'], ['###'], ['- more research is needed'], ['Page one of the report.']])('leaves %j alone', (line) => {
    const text = `They nest early.\n\n${line}\n\nGulls also`;
    expect(removePageBreaks(text)).toBe(text);
  });
});

describe('a release converted from a two-page PDF', () => {
  const release = [
    'Gulls return to rooftop colonies a week earlier',
    '',
    'CARDIFF, Wales, 9 April 2031 -- Herring gulls came back to city rooftops eight days',
    'earlier than a decade ago, a survey in the journal Urban Birds finds.',
    '',
    '"We used to see the first pairs in late March, and now they are on the chimneys',
    '',
    'Page 1 of 2',
    '\f',
    'by the middle of the month," said Ffion Davies, who led the survey.',
    '',
    '-more-',
    '',
    'The team counted nests on 140 roofs each spring since 2021.',
    '',
    'Media contact: Owain Price, press@example.ac.uk',
  ].join('\n');

  it('reads the quote that the page break cut, with its speaker, and takes no footer for a title', () => {
    const r = recordOf(release, 'txt');
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 30)])).toEqual([['Ffion Davies', 'We used to see the first pairs']]);
    expect(r.quotes[0]!.text).toContain('chimneys by the middle of the month');
    expect(r.release.dateline).toBe('CARDIFF, Wales');
    expect(JSON.stringify(r)).not.toContain('Page 1');
  });
});
