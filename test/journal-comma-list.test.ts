/**
 * A journal's name that lists words with commas and closes the list with "&" or "and", read
 * whole before a volume by `readJournalName`, and so by every reference reader that calls it.
 */
import { describe, expect, it } from 'vitest';
import { readJournalName } from '../src/extractors/article/journal.js';
import { articlesOf } from './support/invented.js';

describe('readJournalName: a comma list closed by "&" or "and" before a volume', () => {
  const valid: Array<[string, string]> = [
    ['Plant, Cell & Environment, 46(3), 811–825', 'Plant, Cell & Environment'],
    ['*Water, Air, & Soil Pollution*, 234, 12', 'Water, Air, & Soil Pollution'],
    ['Ocean, Ice and Climate Dynamics, 7: 101–118', 'Ocean, Ice and Climate Dynamics'],
    ['Forests, Trees and Livelihoods, vol. 12 (2), 33', 'Forests, Trees and Livelihoods'],
    // Elsevier's "Volume 201" after the name.
    ['Resources, Conservation and Recycling, Volume 201, 2032, 107412', 'Resources, Conservation and Recycling'],
  ];
  it.each(valid)('%s -> %s', (text, name) => {
    expect(readJournalName(text)?.name).toBe(name);
  });

  // No volume after the list, or a year where the volume would be: people and places, not a journal.
  const unchanged: Array<[string, string]> = [
    ['Roe, Lim and Okafor, 2037', 'Roe'],
    ['Lisbon, Porto and Faro, 12 March 2037', 'Lisbon'],
    ['Plant, Cell & Environment online today', 'Plant'],
    ['Nature, 612, 44–49', 'Nature'],
  ];
  it.each(unchanged)('%s stays %s', (text, name) => {
    expect(readJournalName(text)?.name).toBe(name);
  });
});

describe('readJournalName: a field label after the name', () => {
  // A page's line breaks lost: the next field's label with its colon ends the name.
  const cases: Array<[string, string]> = [
    ['Apidologie Published: 04 May 2037 DOI: 10.1007/s13592-037-0001-1', 'Apidologie'],
    ['Marine Policy Volume: 161', 'Marine Policy'],
    ['Ecology Letters DOI: 10.1111/ele.2037', 'Ecology Letters'],
    // Unchanged: a journal's own subtitle, and a capitalised word with no colon.
    ['Journal of Experimental Psychology: General, 156(6)', 'Journal of Experimental Psychology'],
    ['Science Advances, 12', 'Science Advances'],
  ];
  it.each(cases)('%s -> %s', (text, name) => {
    expect(readJournalName(text)?.name).toBe(name);
  });
});

describe('a quoted title, then a comma-listed journal', () => {
  it('keeps "Plant, Cell & Environment" whole after the quoted title', () => {
    const [paper] = articlesOf(
      [
        'Roots talk back to fungi',
        '',
        'GHENT, Belgium — Roots answer a fungus within hours, a new study finds.',
        '',
        'Citation: Verbeke, L., Moreau, A. and Osei, K. "Root signals that steer a fungal partner." Plant, Cell & Environment, 60(4), 1201–1215 (2037). DOI: 10.1111/pce.2037.01201',
      ].join('\n'),
    );
    expect(paper?.doi).toBe('10.1111/pce.2037.01201');
    expect(paper?.journal).toBe('Plant, Cell & Environment');
    expect(paper?.volume).toBe('60');
    expect(paper?.authors.map((a) => a.family)).toEqual(['Verbeke', 'Moreau', 'Osei']);
  });
});
