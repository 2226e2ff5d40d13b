import { describe, expect, it } from 'vitest';
import { recordOf, speakersOf } from './support/invented.js';
import { expectDatelineRead, type DatelineRelease } from './support/dateline-release.js';

const HEADLINE = 'Moss carpets on old roofs cool attics in summer heat';
const BODY =
  'Roofs overgrown with moss stayed up to four degrees cooler on hot afternoons than bare tiles, building physicists report in the journal Energy and Buildings (DOI: 10.1016/j.enbuild.2031.114207).';
const QUOTE = '"A green roof does not have to be planted, sometimes it only has to be left alone," said Dr. Oskar Lindgren-Baptiste, the study\'s lead author.';
const CONTACT = 'Media contact:\nMarit Solheim\nmarit.solheim@roofs.example.org\n+47 22 55 10 44';

/** The release the dateline table fills in, and what each field must give. */
const RELEASE: DatelineRelease = {
  headline: HEADLINE,
  body: BODY,
  doi: '10.1016/j.enbuild.2031.114207',
  quote: QUOTE,
  speaker: ['Oskar Lindgren-Baptiste', 'A green roof does not ha'],
  contact: CONTACT,
  contacts: [['Marit Solheim', 'marit.solheim@roofs.example.org', '+47 22 55 10 44']],
};

describe('Dutch, Nordic and Polish dates in a dateline (round 33)', () => {
  it.each([
    ['Utrecht, 14 maart 2031', 'Utrecht', '2031-03-14'],
    ['Leiden, 2 mei 2031', 'Leiden', '2031-05-02'],
    ['Aarhus, 9. maj 2031', 'Aarhus', '2031-05-09'],
    ['Bergen, 3. desember 2031', 'Bergen', '2031-12-03'],
    ['Uppsala den 21 augusti 2031', 'Uppsala', '2031-08-21'],
    ['Kraków, 5 października 2031 r.', 'Kraków', '2031-10-05'],
    ['Gdańsk, 17 lutego 2031', 'Gdańsk', '2031-02-17'],
    ['Poznań, 30 września 2031 r.', 'Poznań', '2031-09-30'],
  ])('reads "%s –" as place %s and date %s', (line, place, date) => {
    expectDatelineRead(RELEASE, line, place, date);
  });

  it('does not read a Polish month name before a number as a date ("Maja 12")', () => {
    const text = `# ${HEADLINE}\n\nMaja 12 of the survey team counted the plots. ${BODY}`;
    expect(recordOf(text, 'md').release.datePublished).toBeNull();
  });
});

describe('a release label as a kicker before the dateline (round 33)', () => {
  it.each([
    ['**NEWS** — BOSTON — Wed., Dec. 3, 2031 —', 'BOSTON', '2031-12-03'],
    ['**PRESS RELEASE** – LONDON – 3 December 2031 –', 'LONDON', '2031-12-03'],
    ['NEWS RELEASE — SEATTLE, Wash. — Dec. 3, 2031 —', 'SEATTLE, Wash.', '2031-12-03'],
  ])('reads "%s" as place %s', (line, place, date) => {
    const text = `# ${HEADLINE}\n\n${line} ${BODY}\n\n${QUOTE}`;
    const r = recordOf(text, 'md').release;
    expect(r.dateline).toBe(place);
    expect(r.datePublished).toBe(date);
    expect(speakersOf(text)).toEqual([['Oskar Lindgren-Baptiste', 'A green roof does not ha']]);
  });

  it('keeps "BOSTON — Dec. 3, 2031 —" with no kicker as it was', () => {
    const text = `# ${HEADLINE}\n\nBOSTON — Dec. 3, 2031 — ${BODY}`;
    const r = recordOf(text, 'md').release;
    expect(r.dateline).toBe('BOSTON');
    expect(r.datePublished).toBe('2031-12-03');
  });
});

describe('Dutch, Nordic and Polish reporting verbs (round 33)', () => {
  it.each([
    ['"Een groen dak hoeft niet geplant te worden, soms moet het alleen met rust gelaten worden," zegt Oskar Lindgren-Baptiste.'],
    ['"Et grønt tag behøver ikke at blive plantet, nogle gange skal det bare have lov at være," siger Oskar Lindgren-Baptiste.'],
    ['"Et grønt tak trenger ikke å bli plantet, noen ganger må det bare få være i fred," sier Oskar Lindgren-Baptiste.'],
    ['"Ett grönt tak behöver inte planteras, ibland måste det bara få vara ifred," säger Oskar Lindgren-Baptiste.'],
    ['„Zielony dach nie musi być posadzony, czasem wystarczy go zostawić w spokoju” – mówi Oskar Lindgren-Baptiste.'],
  ])('names the speaker of %s', (quote) => {
    const text = `# ${HEADLINE}\n\nBergen, 3. desember 2031 – ${BODY}\n\n${quote}`;
    expect(speakersOf(text).map(([name]) => name)).toEqual(['Oskar Lindgren-Baptiste']);
  });
});

describe('embargo lines of journals and strict embargoes (round 33)', () => {
  it.each([
    ['**Embargoed: 16:00 London time (GMT) Wednesday 3 December 2031**', '2031-12-03T16:00'],
    ['Embargo lifts: Tue 3 Dec 2031, 09:00 ET', '2031-12-03T09:00'],
    ['UNDER STRICT EMBARGO UNTIL Wed., Dec. 3, 2031, at 11 a.m. EST', '2031-12-03T11:00'],
  ])('reads "%s" as the embargo, not the release date', (line, embargo) => {
    const text = `${line}\n\n# ${HEADLINE}\n\n${BODY}\n\n${QUOTE}`;
    const r = recordOf(text, 'md').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.embargo?.slice(0, 16)).toBe(embargo);
    expect(r.datePublished).toBeNull();
  });
});
