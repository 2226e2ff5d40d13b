import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nMarch 9, 2038\n\n`;

describe('DOIs that are not the paper (round 34)', () => {
  it.each([
    ['a funder ID in a funding note', 'Funding: the Wellcome Trust (https://doi.org/10.13039/100010269) paid for the fieldwork.'],
    ['a bare funder ID', 'Funded by the Research Council of Norway (DOI 10.13039/501100005416).'],
    ['a Dryad data DOI', 'Data availability: the counts are on Dryad at https://doi.org/10.5061/dryad.8w9ghx3q4.'],
  ])('keeps only the paper beside %s', (_label, para) => {
    const text = head('Voles tunnel deeper under thin snow') + 'Voles tunnel deeper under thin snow, a study in Oikos finds.\n\n' + para + '\n\nPaper: https://doi.org/10.1111/oik.11482\n';
    expect(articlesOf(text).map((a) => a.doi)).toEqual(['10.1111/oik.11482']);
  });

  it('gives no paper from a funding note alone (unchanged: no paper)', () => {
    const text = head('Voles tunnel deeper under thin snow') + 'Voles dig deeper tunnels when snow is thin.\n\nFunding: the Academy of Finland (https://doi.org/10.13039/501100002341).\n';
    expect(articlesOf(text)).toEqual([]);
  });
});

describe('a resolver link broken by a line wrap in plain text (round 34)', () => {
  it.each([
    ['after a hyphen', 'https://doi.org/10.1038/s41559-038-\n01377-2', '10.1038/s41559-038-01377-2'],
    ['after a full stop', 'https://doi.org/10.1016/j.biocon.2038.\n110421', '10.1016/j.biocon.2038.110421'],
    ['on one line (unchanged)', 'https://doi.org/10.1038/s41559-038-01377-2', '10.1038/s41559-038-01377-2'],
  ])('joins the DOI %s', (_label, link, doi) => {
    const text = head('Voles tunnel deeper under thin snow') + 'Voles dig deeper under thin snow, researchers report.\n\nRead the paper: ' + link + '\n\nMedia contact: Aino Laakso, aino@example.fi\n';
    expect(articlesOf(text)[0]!.doi).toBe(doi);
  });
});

describe('an author role before a qualified job and the name (round 34)', () => {
  it.each([
    ['"biomedical engineer"', "The study's first author, biomedical engineer Ilkka Rautavaara-Obi, said the tunnels were mapped by radar.", 'Rautavaara-Obi'],
    ['an "-ologist" job', 'The lead author is soil microbiologist Ilkka Rautavaara-Obi.', 'Rautavaara-Obi'],
    ['"graduate student" (unchanged)', 'The first author is graduate student Ilkka Rautavaara-Obi.', 'Rautavaara-Obi'],
  ])('names the author after %s', (_label, para, family) => {
    const text = head('Voles tunnel deeper under thin snow') + 'Voles dig deeper under thin snow, researchers report in Oikos.\n\n' + para + '\n\nDOI: 10.1111/oik.11482\n';
    expect(articlesOf(text)[0]!.authors.map((p) => p.family)).toEqual([family]);
  });

  it('names no author when the role is joined to another person by "and" (unchanged)', () => {
    const text = head('Voles tunnel deeper under thin snow') + 'Voles dig deeper under thin snow, researchers report in Oikos.\n\nThe lead author and Professor Ilkka Rautavaara-Obi spoke.\n\nDOI: 10.1111/oik.11482\n';
    expect(articlesOf(text)[0]!.authors).toEqual([]);
  });
});

describe('an Oxford Academic article identifier as pages (round 34)', () => {
  it.each([
    ['"ukab071"-style identifier', 'Molecular Biology and Evolution 55(2): msad114 (2038).', ['55', '2', 'msad114']],
    ['ordinary pages (unchanged)', 'Molecular Biology and Evolution 55(2): 1201-1214 (2038).', ['55', '2', '1201-1214']],
  ])('reads volume, issue and pages with %s', (_label, tail, numbers) => {
    const text = head('Voles tunnel deeper under thin snow') + 'Voles dig deeper, a study reports.\n\nCitation: Rautavaara-Obi I, Lind M. Snow depth and burrow depth in voles. ' + tail + ' https://doi.org/10.1093/molbev/msad114\n';
    const a = articlesOf(text)[0]!;
    expect([a.volume, a.issue, a.pages]).toEqual(numbers);
  });
});

describe('an HTML list of references cited by <sup> marks (round 34)', () => {
  const NEW = '<li>Rautavaara-Obi I, Lind M. Snow depth sets burrow depth in field voles. Oikos. 2038;147:e11482. doi:10.1111/oik.11482</li>';
  const OLD = '<li>Lind M, Rautavaara-Obi I. Winter nests of voles. J Mammal. 2033;114:88-97. doi:10.1093/jmammal/gyad041</li>';
  const page = (sentences: readonly string[], entries: readonly string[]): string =>
    '<html><body><h1>Voles tunnel deeper under thin snow</h1><p>March 9, 2038</p>' +
    sentences.map((x) => `<p>${x}</p>`).join('') +
    `<h2>References</h2><ol>${entries.join('')}</ol></body></html>`;
  const reported = 'Voles dig deeper under thin snow, researchers report in a new study.';
  const earlier = 'An earlier survey had mapped their winter nests.';

  it.each([
    ['the first entry, after the sentence\'s full stop', [`${reported}<sup>1</sup>`, `${earlier}<sup>2</sup>`], [NEW, OLD]],
    ['the second entry, after the sentence\'s full stop', [`${earlier}<sup>1</sup>`, `${reported}<sup>2</sup>`], [OLD, NEW]],
    ['the first entry, before the full stop', [`${reported.slice(0, -1)}<sup>1</sup>.`, `${earlier}<sup>2</sup>`], [NEW, OLD]],
  ])('keeps %s the prose cites as the new study, and leaves the earlier work', (_label, sentences, entries) => {
    const got = articlesOf(page(sentences, entries), 'html');
    expect(got.map((a) => a.doi)).toEqual(['10.1111/oik.11482']);
    expect(got[0]!.authors.map((p) => p.family)).toEqual(['Rautavaara-Obi', 'Lind']);
  });

  it("keeps affiliation numbers after authors' names as they were (unchanged)", () => {
    const html =
      '<html><body><h1>Voles tunnel deeper under thin snow</h1><p>March 9, 2038</p><p>Voles dig deeper, researchers report in Oikos.</p>' +
      '<p>Authors: Ilkka Rautavaara-Obi<sup>1</sup>, Maja Lind<sup>1,2</sup></p><p>DOI: 10.1111/oik.11482</p></body></html>';
    expect(articlesOf(html, 'html')[0]!.authors.map((p) => p.family)).toEqual(['Rautavaara-Obi', 'Lind']);
  });
});
