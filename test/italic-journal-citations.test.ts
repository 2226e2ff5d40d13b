import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

/** A short release whose last paragraph cites the paper. */
const release = (citation: string, ext: 'md' | 'html' = 'md'): string =>
  ext === 'md'
    ? ['# Moths follow the moon', '', 'LEEDS, 3 May 2037 - Night-flying moths steer by the moon, a field study found.', '', '**Paper**', '', citation, ''].join('\n')
    : `<html><body><h1>Moths follow the moon</h1><p>LEEDS, 3 May 2037 - Night-flying moths steer by the moon, a field study found.</p><p><strong>Paper</strong></p><p>${citation}</p></body></html>`;

describe('a journal set in italics after "‘Title’ by A, B and C in"', () => {
  it.each([
    ['md', '‘Lunar steering in migrating noctuid moths’ by R. Aldous, P. Nwosu and E. Faulk in *Biology Letters* [open access] https://doi.org/10.1098/rsbl.2037.0188'],
    ['md', '"Lunar steering in migrating noctuid moths" by R. Aldous and E. Faulk in *Biology Letters*. https://doi.org/10.1098/rsbl.2037.0188'],
    ['html', '‘Lunar steering in migrating noctuid moths’ by R. Aldous, P. Nwosu and E. Faulk in <em>Biology Letters</em> <a href="https://doi.org/10.1098/rsbl.2037.0188">https://doi.org/10.1098/rsbl.2037.0188</a>'],
  ] as const)('%s: %s', (ext, citation) => {
    const [a] = articlesOf(release(citation, ext), ext);
    expect(a!.doi).toBe('10.1098/rsbl.2037.0188');
    expect(a!.title).toBe('Lunar steering in migrating noctuid moths');
    expect(a!.journal).toBe('Biology Letters');
  });

  it('reads no journal from an italic phrase after "in" that follows no "by" list', () => {
    const [a] = articlesOf(release('‘Lunar steering in migrating noctuid moths’ is described in *a new field guide*. https://doi.org/10.1098/rsbl.2037.0188'));
    expect(a!.journal).toBeNull();
  });
});

describe('Copernicus numbers after a journal named in prose: ", volume, pages, year"', () => {
  it.each([
    ['The study, "Lunar steering in migrating noctuid moths", was published in *Biogeosciences*, 34, 2211–2230, 2037, https://doi.org/10.5194/bg-34-2211-2037', '34', '2211-2230'],
    ['El artículo «Lunar steering in migrating noctuid moths» fue publicado en *Biogeosciences*, 34, 2211–2230, 2037, https://doi.org/10.5194/bg-34-2211-2037', '34', '2211-2230'],
  ])('%s', (citation, volume, pages) => {
    const [a] = articlesOf(release(citation), 'md');
    expect(a!.journal).toBe('Biogeosciences');
    expect([a!.volume, a!.pages, a!.year]).toEqual([volume, pages, 2037]);
  });

  it('reads no numbers from a count and a year after the name', () => {
    const [a] = articlesOf(release('The study was published in *Biogeosciences*, 34 sites, 2037. https://doi.org/10.5194/bg-34-2211-2037'), 'md');
    expect([a!.volume, a!.pages]).toEqual([null, null]);
  });
});

describe('a Spanish, Portuguese or French verb of publication before a journal in italics', () => {
  it.each([
    ['El trabajo se publicó en *Biology Letters*, vol. 33, n.º 4 (2037). DOI: 10.1098/rsbl.2037.0188'],
    ['O estudo foi publicado em 2 de maio e saiu publicado na *Biology Letters*. DOI: 10.1098/rsbl.2037.0188'],
    ["L'étude est parue dans *Biology Letters*. DOI : 10.1098/rsbl.2037.0188"],
  ])('%s', (citation) => {
    const [a] = articlesOf(release(citation), 'md');
    expect(a!.journal).toBe('Biology Letters');
  });

  it('reads no journal from a place in plain type after the verb', () => {
    const [a] = articlesOf(release('El trabajo se publicó en Buenos Aires. DOI: 10.1098/rsbl.2037.0188'), 'md');
    expect(a!.journal).toBeNull();
  });
});

describe('a journal named after a Nordic, Dutch or Polish word for "journal"', () => {
  it.each([
    ['Studien har publicerats i tidskriften Biology Letters.'],
    ['Studiet er publiceret i tidsskriftet Biology Letters.'],
    ['Studien er publisert i tidsskriftet Biology Letters.'],
    ['Het onderzoek is gepubliceerd in het tijdschrift Biology Letters.'],
    ['Wyniki zostały opublikowane w czasopiśmie Biology Letters.'],
  ])('%s', (sentence) => {
    const [a] = articlesOf(release(`${sentence} DOI: 10.1098/rsbl.2037.0188`), 'md');
    expect(a!.journal).toBe('Biology Letters');
  });
});

describe('a meeting after "will present the paper, “Title,”"', () => {
  /** A release whose one paragraph tells where the paper is presented. */
  const talk = (sentence: string): string => ['# Robots fold laundry', '', 'PITTSBURGH, 3 May 2037 - A robot learned to fold towels from videos.', '', sentence, ''].join('\n');

  it.each([
    ['The team will present the paper, "Folding Cloth from Human Videos," at the IEEE International Conference on Robotics and Automation in May.'],
    ['The group presents the study, "Folding Cloth from Human Videos," at the IEEE International Conference on Robotics and Automation.'],
  ])('%s', (sentence) => {
    const [a] = articlesOf(talk(sentence), 'md');
    expect(a!.title).toBe('Folding Cloth from Human Videos');
    expect(a!.journal).toBe('IEEE International Conference on Robotics and Automation');
  });

  it('reads no meeting from a press conference', () => {
    expect(articlesOf(talk('They present the results at a press conference on Monday.'), 'md')).toEqual([]);
  });
});
