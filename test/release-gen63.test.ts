import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A plain-text release whose paper is reported by the paragraph `paper`, with one quote and the contact block `contact`. */
const release = (paper: string, contact = 'Media contact: Orla Venkatesh-Marsh, press@lichens.example.edu, +1 555 010 2288'): string =>
  [
    'Alpine lichens grow faster under thinner snow',
    '',
    'March 19, 2038',
    '',
    'Lichens on alpine ridges grew a fifth faster in winters with thin snow cover, a ten-year survey shows.',
    '',
    '"Snow is a blanket for most plants, but for these lichens it is a lid," said Dr. Tobiah Castellanos-Reid, who led the survey.',
    '',
    paper,
    '',
    contact,
    '',
  ].join('\n');

describe('a "titled" paper whose findings "have been published" (round 63)', () => {
  it.each([
    ['The research findings, titled "Snow depth controls growth of alpine crustose lichens", have been published in Oecologia. DOI: 10.1007/s00442-038-05521-4', 'Snow depth controls growth of alpine crustose lichens'],
    ['The results, titled "Thin snow speeds lichen growth on alpine ridges" have been published in Oecologia. DOI: 10.1007/s00442-038-05522-4', 'Thin snow speeds lichen growth on alpine ridges'],
  ])('reads the title of %j', (paper, title) => {
    expect(articlesOf(release(paper))[0]).toMatchObject({ title, journal: 'Oecologia' });
  });

  it('still reads a "titled" paper that "was published"', () => {
    const a = articlesOf(release('The study, titled "Lichen growth rates under shrinking alpine snowpacks", was published in Oecologia. DOI: 10.1007/s00442-038-05523-4'))[0];
    expect(a?.title).toBe('Lichen growth rates under shrinking alpine snowpacks');
  });
});

describe('a Portuguese "artigo científico, intitulado «…»" (round 63)', () => {
  it.each([
    ['O artigo científico, intitulado «Thin snow accelerates lichen growth on alpine ridges», foi publicado na revista Oecologia. DOI: 10.1007/s00442-038-05524-4', 'Thin snow accelerates lichen growth on alpine ridges'],
    ['O estudo científico, intitulado «Alpine lichen growth under declining snow cover», foi publicado na revista Oecologia. DOI: 10.1007/s00442-038-05525-4', 'Alpine lichen growth under declining snow cover'],
  ])('reads the title of %j', (paper, title) => {
    expect(articlesOf(release(paper))[0]?.title).toBe(title);
  });
});

describe('"Read the full paper, \'Title\', in Journal" (round 63)', () => {
  it.each([
    ["Read the full paper, 'Snow cover and the growth of alpine lichens over a decade', in Ecology and Evolution: https://doi.org/10.1002/ece3.72011", 'Ecology and Evolution'],
    ['Read the paper, “Snow cover and the growth of alpine lichens over a decade”, in Journal of Ecology. https://doi.org/10.1111/1365-2745.14412', 'Journal of Ecology'],
  ])('reads the journal of %j', (paper, journal) => {
    const a = articlesOf(release(paper))[0];
    expect(a?.journal).toBe(journal);
    expect(a?.title).toBe('Snow cover and the growth of alpine lichens over a decade');
  });

  it('still reads "Read the full paper in Journal"', () => {
    expect(articlesOf(release('Read the full paper in Journal of Ecology: https://doi.org/10.1111/1365-2745.14413'))[0]?.journal).toBe('Journal of Ecology');
  });
});

describe('numbers in brackets after "the journal\'s March issue" (round 63)', () => {
  it.each([
    ["The findings were reported in Journal of Ecology. The paper appeared in the journal's March issue (Vol. 126, No. 3, pp. 611-624). DOI: 10.1111/1365-2745.14414", '126', '3', '611-624'],
    ["The study is published in Oecologia and appears in the journal's latest issue (Volume 214, Issue 2, pages 301-312). DOI: 10.1007/s00442-038-05526-4", '214', '2', '301-312'],
  ])('reads volume, issue and pages of %j', (paper, volume, issue, pages) => {
    expect(articlesOf(release(paper))[0]).toMatchObject({ volume, issue, pages });
  });

  it('leaves a bracket of no volume label alone', () => {
    const a = articlesOf(release("The findings were reported in Journal of Ecology, in the journal's March issue (a special issue on snow). DOI: 10.1111/1365-2745.14415"))[0];
    expect(a).toMatchObject({ volume: null, issue: null, pages: null });
  });
});

describe('a contact with a two-letter family name in capitals after a title (round 63)', () => {
  it.each([
    ['Media enquiries\n\nMs Yvonne HO\nManager, Communications Office\nTel: (852) 3400 1111\nEmail: yvonne.ho@polyu.example.edu.hk', 'Yvonne Ho'],
    ['Media enquiries\n\nDr Kelvin LI\nSenior Manager, Public Affairs\nTel: (852) 3400 2222\nEmail: kelvin.li@polyu.example.edu.hk', 'Kelvin Li'],
  ])('reads the name in %j', (contact, name) => {
    expect(contactsOf(release('DOI: 10.1007/s00442-038-05527-4', contact), 'txt')[0]?.[0]).toBe(name);
  });

  it('keeps the speaker and does not read capitals without a title as a name', () => {
    const text = release('DOI: 10.1007/s00442-038-05528-4', 'Media enquiries\n\nYvonne HO\nTel: (852) 3400 1111\nEmail: yvonne.ho@polyu.example.edu.hk');
    expect(speakersOf(text, 'txt')[0]?.[0]).toBe('Tobiah Castellanos-Reid');
    expect(contactsOf(text, 'txt')[0]?.[0]).toBeNull();
    expect(recordOf(text).release.datePublished).toBe('2038-03-19');
  });
});
