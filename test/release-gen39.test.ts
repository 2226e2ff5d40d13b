import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEADLINE = 'Peat bogs store more carbon after wet winters';
const QUOTE = '"A single wet winter can lock away as much carbon as three dry summers release," says Dr. Henrietta Sauerbrey-Mwangi.';

describe('a town and a full stop opening the lead (round 39)', () => {
  const page = (lead: string, footer: string): string =>
    `<html><body><main><p class="press-type">Press Release #11 / 2036</p><p class="press-date">May 12, 2036</p><h1>${HEADLINE}</h1><p class="lead">Researchers have measured the carbon balance of a raised bog over twelve years.</p><div class="text"><p>${lead}</p><p>${QUOTE.replace(/"/g, '&quot;')}</p><p>The measurements were made with eddy-covariance towers at two sites on the bog, one drained and one rewetted.</p></div><div class="contact"><h3>Press contact</h3><p>Ottilie Brandstätter-Ng</p><p>${footer}</p><p>Phone +49 721 555-4410</p></div></main></body></html>`;

  it.each([
    ['Oldenburg. Raised bogs cover only a small share of the land but hold a large share of its soil carbon, and the team wanted to know how much. They measured the flux of carbon dioxide and methane every half hour for twelve years at two towers, one on a drained part and one on a rewetted part of the bog.', 'Ammerländer Heerstraße 114, 26129 Oldenburg', 'Oldenburg'],
    ['Greifswald. The water table in the bog rose by ten centimetres after the winter rains, and the mosses grew faster than in any year before. They measured the flux of carbon dioxide and methane every half hour for twelve years at two towers, one on a drained part and one on a rewetted part of the bog.', 'Communications, University of Greifswald', 'Greifswald'],
  ])('reads the dateline: %s', (lead, footer, place) => {
    const r = recordOf(page(lead, footer), 'html');
    expect(r.release.dateline).toBe(place);
    expect(r.release.datePublished).toBe('2036-05-12');
    expect(speakersOf(page(lead, footer), 'html')).toEqual([['Henrietta Sauerbrey-Mwangi', 'A single wet winter can ']]);
  });

  it.each([
    ['a town the release names nowhere else', 'Oldenburg. Raised bogs cover only a small share of the land but hold a large share of its soil carbon, and the team wanted to know how much. They measured the flux of carbon dioxide and methane every half hour for twelve years at two towers, one on a drained part and one on a rewetted part of the bog.', 'Kaiserstraße 12, 76131 Karlsruhe'],
    ['a one-word sentence named again', 'Overall. Raised bogs cover only a small share of the land overall, but they hold a large share of its soil carbon. They measured the flux of carbon dioxide and methane every half hour for twelve years at two towers, one on a drained part and one on a rewetted part of the bog.', 'Overall contact desk'],
    ['a word named again only after a full stop', 'Meanwhile. Raised bogs cover only a small share of the land but hold a large share of its soil carbon. Meanwhile the mosses grew. They measured the flux of carbon dioxide and methane every half hour for twelve years at two towers.', 'Communications office'],
    ['a short sentence after the word', 'Oldenburg. It rained.', 'Ammerländer Heerstraße 114, 26129 Oldenburg'],
  ])('reads no dateline for %s', (_name, lead, footer) => {
    expect(recordOf(page(lead, footer), 'html').release.dateline).toBeNull();
  });
});

describe('an author byline after a date line (round 39)', () => {
  it.each([
    ['17.06.2036 Ruedi Zumsteg-Ahmadi'],
    ['17.06.2036 Chiara Montalbetti'],
    ['June 17, 2036 Anna Maria Kessler'],
  ])('is no dateline: %s', (line) => {
    const text = `${HEADLINE}\n\n${line}\n\n${QUOTE}`;
    const r = recordOf(text, 'txt');
    expect(r.release.dateline).toBeNull();
    expect(r.release.datePublished).toBe('2036-06-17');
  });

  it('leaves a town before the date as it was', () => {
    const text = `${HEADLINE}\n\nZurich, 17.06.2036\n\n${QUOTE}`;
    expect(recordOf(text, 'txt').release.dateline).toBe('Zurich');
  });
});

describe('a reference whose last author ends at a colon (round 39)', () => {
  it.each([
    [
      'Original publication\n\nWiebke Lorensen, Aurelio Brinkmann-Osei, Sunniva Haakstad: Poleward drift of krill habitat over four decades, Global Change Biology (2036). DOI: 10.1111/gcb.17777',
      '10.1111/gcb.17777',
      [['Wiebke', 'Lorensen'], ['Aurelio', 'Brinkmann-Osei'], ['Sunniva', 'Haakstad']],
      'Poleward drift of krill habitat over four decades',
    ],
    [
      'Original publication\n\nTjark Ubbelohde, Merle Adeyemi-Sturm: Sea-ice loss and zooplankton blooms in the Weddell Sea, Nature Climate Change (2036). DOI: 10.1038/s41558-036-02301-9',
      '10.1038/s41558-036-02301-9',
      [['Tjark', 'Ubbelohde'], ['Merle', 'Adeyemi-Sturm']],
      'Sea-ice loss and zooplankton blooms in the Weddell Sea',
    ],
  ])('reads every name: %j', (block, doi, names, title) => {
    const text = `${HEADLINE}\n\n12 May 2036\n\n${QUOTE}\n\n${block}`;
    const a = articlesOf(text, 'txt')[0]!;
    expect(a.doi).toBe(doi);
    expect(a.title).toBe(title);
    expect(a.authors.map((p) => [p.given, p.family])).toEqual(names);
  });
});

describe('contacts of the round-39 offices (round 39)', () => {
  it('reads a JPL "News Media Contacts" block of two people', () => {
    const text = `${HEADLINE}\n\nNEWS | May 12, 2036\n\n${QUOTE}\n\nNews Media Contacts\n\nCordula Ashby\nJet Propulsion Laboratory, Pasadena, Calif.\n818-555-0162\ncordula.ashby@jpl.example.gov\n\nBenedikt Strand\nNASA Headquarters, Washington\n202-555-0188\nbenedikt.strand@nasa.example.gov\n\n2036-071`;
    expect(contactsOf(text, 'txt')).toEqual([
      ['Cordula Ashby', 'cordula.ashby@jpl.example.gov', '818-555-0162'],
      ['Benedikt Strand', 'benedikt.strand@nasa.example.gov', '202-555-0188'],
    ]);
  });
});
