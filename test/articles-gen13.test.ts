import { describe, expect, it } from 'vitest';
import { articlesOf, recordOf } from './support/invented.js';

describe('an "About the author" box under the release', () => {
  it('does not make the news writer an author of the paper', () => {
    const release = [
      '# Owls hunt by the sound of rustling moss',
      '',
      'Barn owls locate voles under moss by a faint high-pitched rustle, according to a study published today in Current Biology.',
      '',
      'Citation: Varga P, Lindqvist E, Osei K. Rustle frequencies guide strikes of barn owls. Curr Biol. 2032;42(7):1501-1510. doi:10.1016/j.cub.2032.02.044',
      '',
      '**About the author:** Tomasz Wrona is a science writer in the university press office.',
      '',
    ].join('\n');
    const [art] = articlesOf(release, 'md');
    expect(art?.authors.map((p) => p.family)).toEqual(['Varga', 'Lindqvist', 'Osei']);
  });
});

describe('a label line above a reference in pasted text', () => {
  it('is no given name of the first author', () => {
    const release = [
      'Lichens map old air pollution',
      '',
      'Lichens on churchyard walls record a century of sulphur pollution, Dr Agnes Pryce and colleagues report.',
      '',
      '"Every wall is a quiet archive of the air people breathed," Dr Pryce said.',
      '',
      'Reference',
      'Pryce, A., Holm, D. & Eze, C. A century of sulphur deposition recorded in saxicolous lichens. Environmental Pollution 341, 122901 (2033). https://doi.org/10.1016/j.envpol.2033.122901',
      '',
    ].join('\n');
    const rec = recordOf(release);
    expect(rec.articles[0]?.authors.map((p) => `${p.given ?? ''} ${p.family}`)).toEqual(['A. Pryce', 'D. Holm', 'C. Eze']);
    expect(rec.quotes[0]?.speaker).toBe('Agnes Pryce');
  });
});

describe('linked headlines of other news items', () => {
  it('do not give the journal or the year of the reported paper', () => {
    const html = [
      '<html><body><aside><ul>',
      '<li><a href="/news/2031/frogs">Frog chorus study published in Science draws wide interest</a> (4 May 2031)</li>',
      '</ul></aside>',
      '<h1>Mangrove roots trap more microplastic than seagrass</h1>',
      '<p>DARWIN, Australia, 2 March 2032 — Mangrove roots hold three times more microplastic than nearby seagrass, a team reports in <i>Marine Pollution Bulletin</i>.</p>',
      '<p>Paper: <a href="https://doi.org/10.1016/j.marpolbul.2032.116021">doi:10.1016/j.marpolbul.2032.116021</a></p>',
      '<div><p><a href="/news/2031/reef">Reef fish noise results reported in Current Biology</a> (1 Dec 2031)</p></div>',
      '</body></html>',
    ].join('\n');
    const [art] = articlesOf(html, 'html');
    expect(art?.doi).toBe('10.1016/j.marpolbul.2032.116021');
    expect(art?.journal).not.toBe('Science');
    expect(art?.journal).not.toBe('Current Biology');
  });
});

describe('a citation table with a "Published" row', () => {
  it('reads the date, volume, issue and pages of that row', () => {
    const html = [
      '<h1>Beetles shift their range uphill</h1>',
      '<p>Alpine beetles have moved 300 metres uphill in forty years, a new survey shows.</p>',
      '<table>',
      '<tr><th>Journal</th><td>Global Change Biology</td></tr>',
      '<tr><th>Title</th><td>Four decades of upslope movement in alpine ground beetles</td></tr>',
      '<tr><th>Authors</th><td>Greta Falk, Ivo Marini</td></tr>',
      '<tr><th>Published</th><td>14 April 2033, Volume 39, Issue 8, pages 2201–2214</td></tr>',
      '<tr><th>DOI</th><td>10.1111/gcb.17211</td></tr>',
      '</table>',
    ].join('\n');
    const [art] = articlesOf(html, 'html');
    expect(art?.doi).toBe('10.1111/gcb.17211');
    expect(art?.volume).toBe('39');
    expect(art?.issue).toBe('8');
    expect(art?.pages).toBe('2201-2214');
    expect(art?.year).toBe(2033);
  });
});

describe('a reference printed a part a line, its DOI only in the title link', () => {
  it('reads the names, the journal and the year', () => {
    const release = [
      '# Snails carry seeds across rivers',
      '',
      'Freshwater snails ferry the seeds of water plants across rivers, ecologists report.',
      '',
      '## Original publication',
      '',
      'Marta Kowalczyk, Henrik Aas, Li Wen  ',
      '[Gut passage of aquatic plant seeds by freshwater snails](https://doi.org/10.1111/fwb.14388)  ',
      'Freshwater Biology, 11 August 2034',
      '',
    ].join('\n');
    const [art] = articlesOf(release, 'md');
    expect(art?.doi).toBe('10.1111/fwb.14388');
    expect(art?.authors.map((p) => p.family)).toEqual(['Kowalczyk', 'Aas', 'Wen']);
    expect(art?.journal).toBe('Freshwater Biology');
    expect(art?.year).toBe(2034);
  });
});

describe('a "Cite this page" box with the news item\'s own DOI', () => {
  it('is not the reported paper', () => {
    const release = [
      'Bats avoid wind turbines on moonlit nights',
      '',
      'June 2, 2033',
      '',
      'Bats keep further from wind turbines when the moon is bright, biologists report in the journal Ecological Applications.',
      '',
      'Cite this page: Ortega, L. (2033). Bats avoid wind turbines on moonlit nights. Campus News. doi:10.5555/campus.2033.0602',
      '',
    ].join('\n');
    const arts = articlesOf(release);
    expect(arts.map((a) => a.doi)).not.toContain('10.5555/campus.2033.0602');
    expect(arts[0]?.journal).toBe('Ecological Applications');
  });

  it('is not the reported paper under a "Cite this story" heading either', () => {
    const release = [
      '# Bats avoid wind turbines on moonlit nights',
      '',
      'Bats keep further from wind turbines when the moon is bright, according to a paper in Ecological Applications (doi:10.1002/eap.3012).',
      '',
      '## Cite this story',
      '',
      'Ortega, L. (2033). Bats avoid wind turbines on moonlit nights. Campus News. https://doi.org/10.5555/campus.2033.0602',
      '',
    ].join('\n');
    expect(articlesOf(release, 'md').map((a) => a.doi)).toEqual(['10.1002/eap.3012']);
  });
});
