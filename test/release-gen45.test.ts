import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const TITLE = 'Hedgerow soils hold more earthworms than field margins';
const BODY = 'Ecologists sampled 80 hedgerows on six farms over two winters.';
const QUOTE = '"A hedgerow is a motorway for earthworms moving between fields, and farmers rarely see it," said Dr. Oona Brightwater-Falade, who led the survey.';
const CONTACT = 'Media contact: Rufus Penhaligon-Diallo, +44 1392 555 0164, r.penhaligon@soils.example.ac.uk';

describe('a Harvard author list after "published in Journal:" where the journal has no journal word (round 45)', () => {
  const release = (paper: string): string => `# ${TITLE}\n\n4 April 2038\n\n${BODY}\n\n${QUOTE}\n\n${paper}\n\n${CONTACT}\n`;

  it.each([
    ['Soil Biology and Biochemistry', '199', '109412'],
    ['Agriculture, Ecosystems and Environment'.replace(',', ''), '361', '108833'],
    ['Land Degradation and Development', '49', '1201-1213'],
  ])('reads the authors, volume and pages after "published in %s:"', (journal, volume, pages) => {
    const text = release(
      `The findings are published in ${journal}: Brightwater-Falade, O., Kettering, M. and Azikiwe-Lund, P. (2038) 'Hedgerow structure and earthworm abundance on mixed farms', ${volume}, ${pages}. https://doi.org/10.1016/j.soilbio.2038.109412`,
    );
    const a = articlesOf(text, 'md')[0]!;
    expect(a.doi).toBe('10.1016/j.soilbio.2038.109412');
    expect(a.journal).toBe(journal);
    expect(a.authors.map((p) => p.family)).toEqual(['Brightwater-Falade', 'Kettering', 'Azikiwe-Lund']);
    expect(a.volume).toBe(volume);
    expect(a.pages).toBe(pages);
    expect(a.year).toBe(2038);
    expect(speakersOf(text, 'md')).toEqual([['Oona Brightwater-Falade', 'A hedgerow is a motorway']]);
    expect(contactsOf(text, 'md')[0]![0]).toBe('Rufus Penhaligon-Diallo');
  });

  it.each([
    // An institution before the colon is no journal: no author list is read from the lead.
    'The findings are published by Exeter Soil Institute: Brightwater-Falade, O. and Kettering, M. (2038) report.',
    // A lower-case phrase before the colon is no journal either.
    'The findings are published in full here: Brightwater-Falade, O. and Kettering, M. (2038) report.',
  ])('reads no journal from "%s"', (line) => {
    const text = release(`${line} DOI: 10.1016/j.soilbio.2038.109412`);
    const a = articlesOf(text, 'md')[0]!;
    expect(a.journal).not.toBe('Exeter Soil Institute');
    expect(a.journal).not.toBe('full here');
  });
});

describe('a related-news panel of plain div items, each link over its date, before the article (round 45)', () => {
  const page = (items: string): string =>
    `<html><body><div class="related"><h4>Related news</h4>${items}</div><article><h1>${TITLE}</h1><p class="date">9 April 2038</p><p>${BODY}</p><p>${QUOTE.replace(/"/g, '&quot;')}</p><p>The study appears in Soil Biology and Biochemistry (doi: 10.1016/j.soilbio.2038.109412).</p><p>${CONTACT}</p></article></body></html>`;
  const item = (headline: string, date: string): string => `<div><a href="#">${headline}</a></div><div>${date}</div>`;

  it.each([
    [item('Farm ponds host rare dragonflies', '2 April 2038')],
    [item('Farm ponds host rare dragonflies', '2 April 2038') + item('Barn owls return to the estate', '27 March 2038')],
    [item('Farm ponds host rare dragonflies', 'April 2, 2038') + item('Barn owls return to the estate', 'March 27, 2038') + item('New soil lab opens', 'March 20, 2038')],
  ])('reads the article\'s own date and headline (%#)', (items) => {
    const r = recordOf(page(items), 'html');
    expect(r.release.datePublished).toBe('2038-04-09');
    expect(r.release.headline).toBe(TITLE);
    expect(articlesOf(page(items), 'html')[0]!.doi).toBe('10.1016/j.soilbio.2038.109412');
  });

  it('still leaves out a panel whose items are headings over dates, the article a paragraph title', () => {
    const text = `Related news\n\nFarm ponds host rare dragonflies\n\n2 April 2038\n\nBarn owls return to the estate\n\n27 March 2038\n\n# ${TITLE}\n\n9 April 2038\n\n${BODY} They also counted worm casts after each frost.\n\n${QUOTE}\n\n${CONTACT}\n`;
    expect(recordOf(text, 'md').release.datePublished).toBe('2038-04-09');
  });
});

describe('a bold embargo opening the lead before a bold dateline (round 45)', () => {
  it.each([
    ['**Embargoed until 8 April 2038, 17:00 CET** **GENEVA**, 6 April 2038 — ', 'GENEVA', '2038-04-06', '2038-04-08T17:00'],
    ['**EMBARGOED: 00:01 BST 8 April 2038** **EXETER**, 6 April 2038 – ', 'EXETER', '2038-04-06', '2038-04-08T00:01'],
  ])('reads the dateline after "%s"', (opening, place, date, embargo) => {
    const text = `# ${TITLE}\n\n${opening}${BODY}\n\n${QUOTE}\n\n${CONTACT}\n`;
    const r = recordOf(text, 'md');
    expect(r.release.dateline).toBe(place);
    expect(r.release.datePublished).toBe(date);
    expect(r.release.embargo?.startsWith(embargo)).toBe(true);
  });

  it('leaves a bold lead-in that states no embargo', () => {
    const text = `# ${TITLE}\n\n**In brief** ${BODY}\n\n${QUOTE}\n\n${CONTACT}\n`;
    const r = recordOf(text, 'md');
    expect(r.release.dateline).toBeNull();
    expect(r.release.embargo).toBeNull();
  });
});

describe('numbers after a journal named in prose with a bracketed year (round 45)', () => {
  const release = (paper: string): string => `${TITLE}\n\n4 April 2038\n\n${BODY}\n\n${QUOTE}\n\n${paper}\n\n${CONTACT}\n`;

  it.each([
    ['The trial is reported in Soil Biology and Biochemistry, volume 199, issue 3, pages 201-209 (2037), doi:10.1016/j.soilbio.2037.01.004.', '199', '201-209', 2037],
    ['The study appears in Soil Biology and Biochemistry (2037), 199: 109412, doi: 10.1016/j.soilbio.2037.01.004.', '199', '109412', 2037],
  ])('reads volume, pages and year from "%s"', (paper, volume, pages, year) => {
    const a = articlesOf(release(paper), 'txt')[0]!;
    expect(a.doi).toBe('10.1016/j.soilbio.2037.01.004');
    expect(a.volume).toBe(volume);
    expect(a.pages).toBe(pages);
    expect(a.year).toBe(year);
  });

  it('reads no year from a bracket that follows other words after the pages', () => {
    const a = articlesOf(release('The trial is reported in Soil Biology and Biochemistry, volume 199, pages 201-209, a follow-up to a trial run in the winter of 2035 (2035). doi:10.1016/j.soilbio.2037.01.004.'), 'txt')[0]!;
    expect(a.volume).toBe('199');
    expect(a.year).not.toBe(2035);
  });
});
