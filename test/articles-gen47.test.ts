import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const page = (ref: string, tail = ''): string =>
  '<html><body><h1>Hedgerow bats follow the oldest lanes home</h1>' +
  '<p><b>TRURO, UK, 6 May 2051</b> &ndash; Pipistrelle bats commute along hedgerows that are centuries old and avoid younger ones, a tracking study finds.</p>' +
  '<p>&ldquo;The bats are reading the landscape like an old map that we have mostly forgotten,&rdquo; said Dr. Morwenna Achebe-Lusk, who led the tracking.</p>' +
  `<h2>Reference</h2>${ref}${tail}` +
  '<h2>Contact</h2><p>Tobias Penhallow, press officer, +44 1872 555 019, t.penhallow@kcr.example.ac.uk</p></body></html>';

describe('a Vancouver reference split over two paragraphs, names alone over the rest (round 47)', () => {
  it.each([
    ['three names', '<p>Achebe-Lusk M, Treloar JP, Nakamura-Hill S.</p>', ['Achebe-Lusk', 'Treloar', 'Nakamura-Hill']],
    ['two names', '<p>Achebe-Lusk M, Treloar JP.</p>', ['Achebe-Lusk', 'Treloar']],
    ['one name and et al.', '<p>Achebe-Lusk M, et al.</p>', ['Achebe-Lusk']],
  ])('joins %s to "Title. Journal. 2051;…"', (_label, names, families) => {
    const a = articlesOf(page(names as string, '<p>Hedgerow age predicts commuting routes of pipistrelle bats. Landscape Ecology. 2051;66:1201-1214. doi:10.1007/s10980-051-01822-7</p>'), 'html')[0]!;
    expect(a.doi).toBe('10.1007/s10980-051-01822-7');
    expect(a.title).toBe('Hedgerow age predicts commuting routes of pipistrelle bats');
    expect(a.journal).toBe('Landscape Ecology');
    expect(a.volume).toBe('66');
    expect(a.year).toBe(2051);
    expect(a.authors.map((p) => p.family)).toEqual(families);
  });

  it('joins no prose sentence to a reference, and keeps a one-paragraph reference as it was (unchanged)', () => {
    const prose = articlesOf(page('<p>The team fitted tags to forty bats.</p>', '<p>Hedgerow age predicts commuting routes of pipistrelle bats. Landscape Ecology. 2051;66:1201-1214. doi:10.1007/s10980-051-01822-7</p>'), 'html')[0]!;
    expect(prose.doi).toBe('10.1007/s10980-051-01822-7');
    expect(prose.authors.map((p) => p.family)).not.toContain('The');
    const one = articlesOf(page('<p>Achebe-Lusk M, Treloar JP. Hedgerow age predicts commuting routes of pipistrelle bats. Landscape Ecology. 2051;66:1201-1214. doi:10.1007/s10980-051-01822-7</p>'), 'html')[0]!;
    expect(one.authors.map((p) => p.family)).toEqual(['Achebe-Lusk', 'Treloar']);
    expect(one.journal).toBe('Landscape Ecology');
    expect(speakersOf(page('<p>x</p>'), 'html').map(([who]) => who)).toEqual(['Morwenna Achebe-Lusk']);
    expect(contactsOf(page('<p>x</p>'), 'html').map(([, email]) => email)).toEqual(['t.penhallow@kcr.example.ac.uk']);
  });
});

describe('a Harvard author line over its journal line in two paragraphs (round 47)', () => {
  const text = (first: string, second: string): string =>
    'Sea otters keep kelp forests standing through heatwaves\n\nMONTEREY, Calif., June 2, 2051 - Kelp forests with sea otters lost far less canopy during marine heatwaves, ecologists report.\n\n' +
    '"Where the otters were, the urchins never got the upper hand, even in the hottest summers," said Dr. Ines Vorhees-Kalani, the lead author.\n\n' +
    `The paper:\n\n${first}\n\n${second}\n\nMedia contact:\nRowan Ekwueme\nrekwueme@mbl.example.edu\n831-555-0172\n`;
  it.each([
    ['"and" before the last name', 'Vorhees-Kalani, I., Ostrowski, P. and Mbatha, L. (2051) Sea otters buffer kelp canopy loss during marine heatwaves.', ['Vorhees-Kalani', 'Ostrowski', 'Mbatha']],
    ['an ampersand before the last name', 'Vorhees-Kalani, I. & Mbatha, L. (2051) Sea otters buffer kelp canopy loss during marine heatwaves.', ['Vorhees-Kalani', 'Mbatha']],
  ])('joins the paragraphs with %s', (_label, first, families) => {
    const a = articlesOf(text(first as string, 'Marine Ecology Progress Series, 712, 45-61. https://doi.org/10.3354/meps14555'), 'txt')[0]!;
    expect(a.doi).toBe('10.3354/meps14555');
    expect(a.title).toBe('Sea otters buffer kelp canopy loss during marine heatwaves');
    expect(a.journal).toBe('Marine Ecology Progress Series');
    expect(a.volume).toBe('712');
    expect(a.pages).toBe('45-61');
    expect(a.authors.map((p) => p.family)).toEqual(families);
    expect(recordOf(text(first as string, 'x'), 'txt').release.dateline).toBe('MONTEREY, Calif.');
  });
});

describe('a "Read the study" button under a heading that names the paper (round 47)', () => {
  const md = (heading: string, button: string): string =>
    '# Glass frogs hide their blood in the liver while they sleep\n\n**June 9, 2051**\n\nDURHAM, N.C. — Glass frogs pack most of their red blood cells into the liver while they rest, biologists report today in Science Advances.\n\n' +
    '"It is a trick of transparency that no other animal we know of can match," said Dr. Kwabena Oduya-Lind, the lead author.\n\n' +
    `### ${heading}\n\n[${button}](https://doi.org/10.1126/sciadv.adq5512)\n\n**Media contact:** Hollis Brandt, hollis.brandt@duk.example.edu, 919-555-0142\n`;
  it.each([
    ['Read the study'],
    ['View the full paper'],
    ['Read the paper →'],
  ])('reads the heading as the title when the button says "%s"', (button) => {
    const a = articlesOf(md('Red blood cell pooling in the liver conceals glass frogs at rest', button), 'md')[0]!;
    expect(a.doi).toBe('10.1126/sciadv.adq5512');
    expect(a.title).toBe('Red blood cell pooling in the liver conceals glass frogs at rest');
    expect(a.journal).toBe('Science Advances');
  });
  it('takes no section label as a title, nor a heading over a link that names something else (unchanged)', () => {
    expect(articlesOf(md('About the study and its authors', 'Read the study'), 'md')[0]!.title).not.toBe('About the study and its authors');
    expect(articlesOf(md('Red blood cell pooling in the liver conceals glass frogs at rest', 'the lab website'), 'md')[0]!.title).not.toBe('Red blood cell pooling in the liver conceals glass frogs at rest');
  });
});

describe('a journal named by a digit and a word (round 47)', () => {
  it.each([
    ['3 Biotech', '3 Biotech 31(2):88.', '31'],
    ['3 Biotech', '3 Biotech 31(11):88-97.', '31'],
  ])('reads "%s" from "%s"', (journal, tail, volume) => {
    const html = page(`<p>Lindahl M, Eze CN (2051) Pigment yields from fermented cassava peel. ${tail} https://doi.org/10.1007/s13205-051-04011-9</p>`);
    const a = articlesOf(html, 'html')[0]!;
    expect(a.doi).toBe('10.1007/s13205-051-04011-9');
    expect(a.journal).toBe(journal);
    expect(a.volume).toBe(volume);
  });
  it('reads no journal from a count of people (unchanged)', () => {
    const html = page('<p>Lindahl M, Eze CN (2051) Pigment yields from fermented cassava peel. https://doi.org/10.1007/s13205-051-04011-9</p><p>Researchers from 3 Universities took part.</p>');
    expect(articlesOf(html, 'html')[0]!.journal).toBeNull();
  });
});
