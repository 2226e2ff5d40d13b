import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const TITLE = 'Moss carpets cool city rooftops in summer heatwaves';
const BODY = 'The team covered forty rooftops with moss and measured their surface temperature every hour for two summers.';
const QUOTE = '"A roof of moss stayed ten degrees cooler than the bare roof next to it on the hottest afternoon," said Oriane Kastelic-Mwangi, who led the study.';
const CONTACT = 'Media contact\nBertil Sandoval-Achebe\nbsandoval@harbourtech.example.edu\n+1 555 0133 2290';

describe('the title line under a dated lead paragraph, below the office\'s name over a release label (round 41)', () => {
  it.each([
    ['Harbourview Institute of Technology\nPRESS RELEASE', 'Harbourview, 4 May 2038 - Rooftops covered in moss stay far cooler in a heatwave than bare roofs, a study by engineers at the institute shows.'],
    ['Lakeshore University Hospital Trust\nNEWS RELEASE', 'LAKESHORE, Ont. -- May 4, 2038 -- Rooftops covered in moss stay far cooler in a heatwave than bare roofs, engineers at the hospital trust report.'],
    ['Vantaa Coastal Research Centre\nMEDIA RELEASE', 'Vantaa, 4 May 2038 – Rooftops covered in moss stay far cooler in a heatwave than bare roofs, according to a study by the centre.'],
  ])('reads the title line, not the name: %j', (masthead, lead) => {
    const text = `${masthead}\n\n${lead}\n\n${TITLE}\n\n${BODY}\n\n${QUOTE}\n\n${CONTACT}\n`;
    const r = recordOf(text, 'txt');
    expect(r.release.headline).toBe(TITLE);
    expect(r.release.datePublished).toBe('2038-05-04');
    expect(speakersOf(text, 'txt')).toEqual([['Oriane Kastelic-Mwangi', 'A roof of moss stayed te']]);
    expect(contactsOf(text, 'txt')).toEqual([['Bertil Sandoval-Achebe', 'bsandoval@harbourtech.example.edu', '+1 555 0133 2290']]);
  });

  it.each([
    // A headline printed under the label, over the dated lead: it stays the headline.
    [`Harbourview Institute of Technology\nPRESS RELEASE\n\n${TITLE}\n\nHarbourview, 4 May 2038 - Rooftops covered in moss stay far cooler in a heatwave than bare roofs, a study shows.\n\n${BODY}\n`, TITLE],
    // A subheading deep in the body after an undated first paragraph is no headline.
    [`Harbourview Institute of Technology\nPRESS RELEASE\n\nRooftops covered in moss stay far cooler in a heatwave than bare roofs, a study by engineers at the institute shows.\n\nHow the rooftops were measured\n\n${BODY}\n`, 'Harbourview Institute of Technology'],
  ])('leaves other heads as they were (%#)', (text, headline) => {
    expect(recordOf(text, 'txt').release.headline).toBe(headline);
  });
});

describe('a one-word page section after a bare date is no dateline (round 41)', () => {
  it.each([
    ['7 October 2038 · Health'],
    ['7 October 2038 | Environment'],
    ['Published 7 October 2038 • Astronomy'],
    ['7 October 2038 · Climatology'],
  ])('reads the date and no place: %s', (line) => {
    const text = `<html><body><h1>${TITLE}</h1><p class="meta">${line}</p><p>${BODY}</p><p>The study appears in Urban Climate (doi: 10.1016/j.uclim.2038.101877).</p></body></html>`;
    const r = recordOf(text, 'html');
    expect(r.release.datePublished).toBe('2038-10-07');
    expect(r.release.dateline).toBeNull();
    expect(articlesOf(text, 'html')[0]!.doi).toBe('10.1016/j.uclim.2038.101877');
  });

  it.each([
    ['7 October 2038 · Heidelberg', 'Heidelberg'],
    ['7 October 2038 · Florence', 'Florence'],
  ])('still reads a town after the date as the dateline: %s', (line, place) => {
    const text = `<html><body><h1>${TITLE}</h1><p class="meta">${line}</p><p>${BODY}</p></body></html>`;
    expect(recordOf(text, 'html').release.dateline).toBe(place);
  });
});

describe('a volume and pages after a colon, following the journal and a comma (round 41)', () => {
  it.each([
    ['Linnea Okafor-Strand, Bastien Mirow (2038). Moss roofs as urban heat sinks. *Urban Climate*, 61: 2204–2219. DOI: 10.1016/j.uclim.2038.101877', '61', '2204-2219'],
    ['Linnea Okafor-Strand, Bastien Mirow (2038). Moss roofs as urban heat sinks. Urban Climate, 61: 101877. https://doi.org/10.1016/j.uclim.2038.101877', '61', '101877'],
  ])('reads the volume and pages: %s', (cite, volume, pages) => {
    const text = `# ${TITLE}\n\n${BODY}\n\n### Source article\n\n${cite}\n`;
    const a = articlesOf(text, 'md')[0]!;
    expect(a.doi).toBe('10.1016/j.uclim.2038.101877');
    expect([a.volume, a.pages]).toEqual([volume, pages]);
  });

  it('leaves a colon time after a comma alone', () => {
    const text = `# ${TITLE}\n\n${BODY}\n\nThe study appears in Urban Climate (doi: 10.1016/j.uclim.2038.101877). Briefing on Monday, 14: 30 local time.\n`;
    const a = articlesOf(text, 'md')[0]!;
    expect([a.volume, a.pages]).toEqual([null, null]);
  });
});
