import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { isSingleSpaced } from '../src/parse/single-spaced.js';

const para = (words: string): string => `${words} ${'The survey covered every coastal county over four winters and used the same nets each time. '.repeat(2)}`.trim();

/** An invented release with one paragraph to a line and no blank lines. */
const release = [
  'EMBARGOED UNTIL 10:00 GMT, Tuesday 4 March 2031',
  'Wintering curlews return to restored saltmarsh',
  `BANGOR, Wales -- Curlews came back to restored saltmarsh within two winters, a study in the journal Coastal Ecology reports. ${para('')}`,
  `"We counted more birds on the new marsh than on the old one," said Rhian Morgan, who led the survey at the Menai Field Centre. ${para('She said')}`,
  `The restored marsh was reached by ${'the'} tide twice a day, as the old one was, and its mud held ${'as many'} worms by the second spring. ${para('The team')}`,
  'Media contact: Gareth Lloyd, g.lloyd@example.ac.uk, +44 1248 555 0199',
].join('\n');

describe('isSingleSpaced', () => {
  it.each([
    ['paragraphs one to a line, no blank lines', release, true],
    ['the same with blank lines between paragraphs', release.replaceAll('\n', '\n\n'), false],
    ['a short note of four short lines', 'Title\nMarch 3, 2031\nOne line.\nAnother line.', false],
    ['a contact block and a short paragraph', 'Media contact:\nJane Roe\n555-0100\njane@example.org\n', false],
  ])('%s: %s', (_name, text, expected) => {
    expect(isSingleSpaced(text)).toBe(expected);
  });
});

describe('a release with one paragraph to a line and no blank lines', () => {
  it('reads each line as a paragraph: headline, dateline, speaker and contact', () => {
    const r = recordOf(release, 'txt');
    expect(r.release.headline).toBe('Wintering curlews return to restored saltmarsh');
    expect(r.release.dateline).toBe('BANGOR, Wales');
    expect(r.release.embargo).toBe('2031-03-04T10:00+00:00');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Rhian Morgan']);
    expect(r.contacts.map((c) => [c.name, c.email])).toEqual([['Gareth Lloyd', 'g.lloyd@example.ac.uk']]);
  });

  it('keeps a sentence that runs on over a line break (around a bold name) in one paragraph', () => {
    const text = [
      '# Curlews return to restored saltmarsh',
      'March 4, 2031',
      `Curlews came back within two winters, according to a survey carried out at ${''}`.trimEnd(),
      '**Menai Field Centre**',
      `, which has counted birds on the strait since 1990. ${para('')}`,
      `"We counted more birds on the new marsh than on the old one," said Rhian Morgan, who led it. ${para('')}`,
    ].join('\n');
    const r = recordOf(text, 'md');
    expect(r.release.headline).toBe('Curlews return to restored saltmarsh');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Rhian Morgan']);
  });
});
