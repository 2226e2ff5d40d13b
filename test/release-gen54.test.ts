import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf, articlesOf } from './support/invented.js';

const CONTACT = 'Media contact: Orla Fitzmaurice-Adebayo, o.fitzmaurice@tidelab.example.ie, +353 91 555 0261';
const QUOTE = '"Kelp forests recovered fastest where the urchins had the fewest hiding places," said Dr. Benedikt Oyelowo-Strand, who led the survey.';
const CITATION = 'The study, "Urchin refuges and kelp recovery on rocky reefs", is published in Ecology Letters (doi: 10.1111/ele.14702).';
const LEAD = 'Kelp forests along the western coast regrew within four years once sea urchins were culled, a survey of thirty reefs shows.';

/** A plain-text release copied from a web page, its head lines given. */
const page = (...head: string[]): string => [...head, LEAD, QUOTE, CITATION, CONTACT].join('\n\n') + '\n';

describe('dates and datelines glued to the text before or after them in copied pages (round 54)', () => {
  it.each([
    ['By Ines Carvalho-Brennan4 March 2037', '2037-03-04'],
    ['By Ines Carvalho-BrennanMarch 4, 2037', '2037-03-04'],
    ['Ines Carvalho-Brennan | 4 March 2037Share', '2037-03-04'],
    ['Ines Carvalho-Brennan | 12 Nov 2037PrintEmail', '2037-11-12'],
  ])('reads the date of the glued byline "%s"', (byline, date) => {
    const text = page('Culling urchins lets kelp forests regrow', byline);
    const r = recordOf(text, 'txt');
    expect(r.release.headline).toBe('Culling urchins lets kelp forests regrow');
    expect(r.release.datePublished).toBe(date);
    expect(articlesOf(text, 'txt')[0]!.doi).toBe('10.1111/ele.14702');
    expect(speakersOf(text, 'txt')).toEqual([['Benedikt Oyelowo-Strand', 'Kelp forests recovered f']]);
    expect(contactsOf(text, 'txt')[0]).toEqual(['Orla Fitzmaurice-Adebayo', 'o.fitzmaurice@tidelab.example.ie', '+353 91 555 0261']);
  });

  it.each([
    ['Embargoed until 4 March 2037 00:01 GMT Published 3 March 2037', '2037-03-03'],
    ['EMBARGOED UNTIL 10:00 ET, March 9, 2037 | Released: March 6, 2037', '2037-03-06'],
  ])('reads the release date after the embargo on "%s"', (line, date) => {
    const r = recordOf(page(line, 'Culling urchins lets kelp forests regrow'), 'txt');
    expect(r.release.datePublished).toBe(date);
    expect(r.release.embargo).not.toBeNull();
  });

  it('reads a dateline glued to the photo credit before it', () => {
    const text = [
      '# Culling urchins lets kelp forests regrow',
      '',
      '4 March 2037',
      '',
      `Photo: Ines Carvalho/Galway Tide LabGALWAY, Ireland — ${LEAD}`,
      '',
      QUOTE,
      '',
      CITATION,
      '',
      CONTACT,
      '',
    ].join('\n');
    const r = recordOf(text, 'md');
    expect(r.release.dateline).toBe('GALWAY, Ireland');
    expect(r.release.datePublished).toBe('2037-03-04');
    expect(speakersOf(text, 'md')).toEqual([['Benedikt Oyelowo-Strand', 'Kelp forests recovered f']]);
  });

  it.each([
    // A byline with its spaces kept is read as before.
    ['By Ines Carvalho-Brennan, 4 March 2037', '2037-03-04'],
    // An embargo alone gives no release date.
    ['Embargoed until 4 March 2037 00:01 GMT', null],
    // A later edit glued to its date is no release date.
    ['Updated4 March 2037', null],
  ])('keeps "%s" as before', (line, date) => {
    expect(recordOf(page('Culling urchins lets kelp forests regrow', line), 'txt').release.datePublished).toBe(date);
  });

  it('keeps a short photo caption as page chrome', () => {
    const text = `# Culling urchins lets kelp forests regrow\n\nPhoto: Ines Carvalho/Galway Tide LabGALWAY, Ireland\n\n${LEAD}\n\n${QUOTE}\n\n${CONTACT}\n`;
    expect(recordOf(text, 'md').release.dateline).toBeNull();
  });
});
