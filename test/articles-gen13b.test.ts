import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { isPlaceName } from '../src/extractors/article/place-name.js';

describe('a place after "described in" or "reported in"', () => {
  it('is no journal when the release names the journal later', () => {
    const release = [
      'Salt marsh beetles climb reeds to escape the tide',
      '',
      'Published 4 May 2032',
      '',
      'Tiny ground beetles ride out spring tides clinging to reed stems, a team at the University of Harlowe has found.',
      '',
      'The behaviour is well known from Dutch marshes but has seldom been reported in Scotland.',
      '',
      'The findings are published in Ecological Entomology.',
      '',
    ].join('\n');
    expect(articlesOf(release)[0]?.journal).toBe('Ecological Entomology');
  });

  it('is no journal when the place has several words', () => {
    const release = [
      'Night herons return to river islands',
      '',
      'Breeding night herons, long described in South America, are nesting again on river islands in the lower Danube.',
      '',
      'The survey appears in the journal Bird Study.',
      '',
    ].join('\n');
    expect(articlesOf(release)[0]?.journal).toBe('Bird Study');
  });

  it('yields to a journal that a publication verb names, for one capitalised word that reads as no journal', () => {
    const release = [
      'Dormice nest in hedges cut every third year',
      '',
      'Hazel dormice, first described in Somerset by Victorian naturalists, prefer hedges cut on a three-year cycle.',
      '',
      'The study is published in Ecology.',
      '',
    ].join('\n');
    expect(articlesOf(release)[0]?.journal).toBe('Ecology');
  });
});

describe('one-word journals after "described in" or "reported in"', () => {
  it.each(['Science', 'Nature', 'Cell', 'Neuron', 'Blood', 'Brain', 'Gut', 'Heart', 'Ecology'])('keeps %s', (journal) => {
    const release = [
      'Enzyme folds in two steps',
      '',
      `The two-step folding of the enzyme is described in ${journal} this week by researchers at Calder University.`,
      '',
    ].join('\n');
    expect(articlesOf(release)[0]?.journal).toBe(journal);
  });

  it('keeps a one-word journal printed in italics even after "reported in"', () => {
    const release = ['# Moths hear bats through their wings', '', 'The wing membranes act as ears, as reported in *Insects* by a team at Marlow University.', ''].join('\n');
    expect(articlesOf(release, 'md')[0]?.journal).toBe('Insects');
  });

  it('keeps a journal named after a region when the release says "the journal"', () => {
    const release = ['Sea ice thins from below', '', 'The measurements are reported in the journal Arctic.', ''].join('\n');
    expect(articlesOf(release)[0]?.journal).toBe('Arctic');
  });
});

describe('isPlaceName', () => {
  it('knows countries, nations and regions', () => {
    expect(['Britain', 'the Arctic', 'South America', 'New Zealand', 'Wales'].map(isPlaceName)).toEqual([true, true, true, true, true]);
  });
  it('is false for journal names', () => {
    expect(['Science', 'Nature Ecology & Evolution', 'Antarctic Science', 'Heart', 'European Heart Journal'].map(isPlaceName)).toEqual([false, false, false, false, false]);
  });
});
