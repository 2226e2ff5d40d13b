import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

describe('"a finding confirmed in X": a weak cue of publication, for a name that reads as a journal', () => {
  it.each([
    ['Amateur astronomers saw a faint second tail on the comet, a finding now confirmed in *The Astronomical Journal*.', 'The Astronomical Journal'],
    ['The team reported a second finding in the Journal of Glaciology this week.', 'Journal of Glaciology'],
  ])('%s', (sentence, journal) => {
    expect(articlesOf(`Comet news\n\n${sentence}\n`, 'md').map((a) => a.journal)).toEqual([journal]);
  });

  it.each([
    'The effect was confirmed in New Zealand and in Chile.',
    'The benefit was confirmed in Phase III trials last year.',
    'The result was confirmed in mice.',
  ])('no paper: %s', (sentence) => {
    expect(articlesOf(`Trial news\n\n${sentence}\n`, 'md')).toEqual([]);
  });
});

describe('"volume 318, article 108522" in prose: the number after the volume is the pages', () => {
  it('reads volume and article number from a publication sentence', () => {
    const [article] = articlesOf('Lake cores\n\nThe study is published in Quaternary Science Reviews, volume 412, article 109871 (doi: 10.5555/qsr.2031.109871).\n', 'md');
    expect(article).toMatchObject({ journal: 'Quaternary Science Reviews', volume: '412', pages: '109871' });
  });
  it('leaves "article" elsewhere alone', () => {
    const [article] = articlesOf('Lake cores\n\nThe study is published in Quaternary Science Reviews, volume 412. The article 20 pages long was written by two teams (doi: 10.5555/qsr.2031.109871).\n', 'md');
    expect(article?.pages).toBeNull();
  });
  it('reads an e-number after the volume and issue', () => {
    const [article] = articlesOf('Grazing\n\nThe research appears in Ecological Applications, volume 44, issue 2, e3398. DOI: 10.5555/eap.3398.\n', 'md');
    expect(article).toMatchObject({ volume: '44', issue: '2', pages: 'e3398' });
  });
  it('takes no year for the pages ("volume 12, 2031")', () => {
    const [article] = articlesOf('Grazing\n\nThe research appears in Ecological Applications, volume 12, 2031. DOI: 10.5555/eap.3398.\n', 'md');
    expect(article?.pages).toBeNull();
  });
});
