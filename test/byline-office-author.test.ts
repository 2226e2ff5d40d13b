/**
 * A page's "Author:" byline naming an office ("Author: Corporate Communication and Marketing")
 * is the page's writer, not an author of the paper; an "Author:" line naming a person in the
 * paper's details still is.
 */
import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const release = (byline: string, details: string): string =>
  [
    '# Fynbos seeds wait for smoke',
    '',
    byline,
    '',
    'STELLENBOSCH, 4 March 2037 – Fynbos shrubs that germinate after fire are losing ground where fires return too often, a study finds.',
    '',
    details,
  ].join('\n');

describe('an office named on an "Author:" byline', () => {
  const offices = ['**Author:** Corporate Communication and Marketing', 'Author: Media Relations Office', 'Authors: News Desk'];
  it.each(offices)('%s is no author of the paper', (byline) => {
    const [paper] = articlesOf(release(byline, 'Reference: Roe N, Lim J. Short fire intervals and serotinous shrubs. *Journal of Ecology* 2037;125:611–624. https://doi.org/10.1111/1365-2745.2037.0611'), 'md');
    expect(paper?.authors.map((a) => a.family)).toEqual(['Roe', 'Lim']);
  });

  it('keeps a person named on an "Author:" line of the paper\'s details', () => {
    const [paper] = articlesOf(release('By the Press Office', 'Title: Short fire intervals and serotinous shrubs\nAuthor: Nandi Roe\nJournal: Journal of Ecology\nDOI: 10.1111/1365-2745.2037.0611'), 'md');
    expect(paper?.authors.map((a) => a.family)).toEqual(['Roe']);
  });
});
