import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

/** An invented release copied as text from a news aggregator's page, with its "more on this release" panel under it. */
const dump = (keywords: string): string => `Salt marsh grasses slow storm surges

NORTHPORT, 3 March 2037 – Dense salt marsh grass cut the height of storm surges by a third in flume trials, engineers report.

“The marsh does the work of a sea wall at a fraction of the cost,” said Dr. Ilse Varga, a coastal engineer at Northport Institute of Technology.

Media Contact

Tomas Brill
tbrill@northport.example

More on this News Release

Journal
Coastal Engineering Letters
DOI
10.5555/cel.2037.0088
Keywords
${keywords}
Original Source
https://news.northport.example/2037/03/03/marsh/
`;

describe('an aggregator page\'s keyword panel under the reference', () => {
  const cases: Array<[string, string]> = [
    ['a path of subject categories', '/Earth sciences/Oceanography/Coastal processes/Storm surges\n/Applied sciences and engineering/Civil engineering'],
    ['a path on one line after a space', ' /Life sciences/Ecology/Wetlands'],
  ];
  it.each(cases)('reads no title from %s', (_, keywords) => {
    const [paper] = articlesOf(dump(keywords));
    expect(paper?.doi).toBe('10.5555/cel.2037.0088');
    expect(paper?.title).toBeNull();
  });
});

describe('a title with a slash between words', () => {
  it('keeps "Spartina/Juncus" in the title of a Vancouver reference', () => {
    const text = `Marsh canopies damp waves\n\nNORTHPORT, 3 March 2037 – A study of two marsh grasses is published today.\n\nReference: Varga I, Brill T. Wave damping by Spartina/Juncus marsh canopies. Coastal Engineering Letters. 2037;12(2):44-51. doi:10.5555/cel.2037.0091\n`;
    const [paper] = articlesOf(text);
    expect(paper?.title).toBe('Wave damping by Spartina/Juncus marsh canopies');
    expect(paper?.pages).toBe('44-51');
  });
});
