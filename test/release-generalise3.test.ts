import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { readDateline } from '../src/extractors/release/dateline.js';
import { readEmbargo } from '../src/extractors/release/embargo.js';

/** The release facts of an invented text. */
const facts = (text: string, path = 'x.txt') => {
  const r = convert(text, { path }).record.release;
  return { headline: r.headline, datePublished: r.datePublished, dateline: r.dateline, embargo: r.embargo };
};

const LEAD =
  'Young sand lizards that bask on dark volcanic rock grow a third faster than lizards on pale sand, biologists at the Pond Institute of Ecology report in Functional Ecology after measuring 600 hatchlings over two summers.';

describe('lines above the headline (third round)', () => {
  it('steps over an institute named again below and a section label under it', () => {
    const f = facts(`Pond Institute of Ecology\n\nRESEARCH NEWS\n\nDark rock speeds up the growth of young lizards\n\n${LEAD}`);
    expect(f.headline).toBe('Dark rock speeds up the growth of young lizards');
  });

  it('skips a topic label in sentence case ("Earth sciences")', () => {
    const f = facts(`Earth sciences\n\nDark rock speeds up the growth of young lizards\n\n${LEAD}`);
    expect(f.headline).toBe('Dark rock speeds up the growth of young lizards');
  });

  it('skips a release label and its topic set apart by a pipe', () => {
    const f = facts(`Press Release | Environment\n\nDark rock speeds up the growth of young lizards\n\nThe hatchlings grew faster on warm stone\n\n${LEAD}`);
    expect(f.headline).toBe('Dark rock speeds up the growth of young lizards');
  });

  it('keeps a short headline that is no topic label', () => {
    const f = facts(`Mind the lizard gap\n\nYoung lizards on dark rock grow faster than on sand\n\n${LEAD}`);
    expect(f.headline).toBe('Mind the lizard gap');
  });
});

describe('a pipe after a dateline', () => {
  it('reads a place in capitals before a spaced pipe', () => {
    expect(readDateline("HOBART, Australia | The state's marine agency has counted more seals than ever.")?.place).toBe('HOBART, Australia');
  });

  it('reads no place from a mixed-case phrase before a pipe', () => {
    expect(readDateline('Marine science | The agency has counted more seals than ever.')).toBeNull();
  });

  it('reads no place from a date before a pipe', () => {
    expect(readDateline('4 June 2027 | The agency has counted more seals than ever.')?.place ?? null).toBeNull();
  });
});

describe('"Sperrfrist" is an embargo', () => {
  it('reads a German embargo line with a dotted date and "Uhr"', () => {
    const read = readEmbargo('Sperrfrist: 09.06.2027, 17:00 Uhr MESZ');
    expect(read?.ok && read.value.slice(0, 16)).toBe('2027-06-09T17:00');
  });

  it('does not take the embargo line for the headline', () => {
    const f = facts(`Sperrfrist: 09.06.2027, 17:00 Uhr MESZ\n\nDark rock speeds up the growth of young lizards\n\nBraunschweig, 7 June 2027. ${LEAD}`);
    expect(f.headline).toBe('Dark rock speeds up the growth of young lizards');
    expect(f.embargo?.slice(0, 16)).toBe('2027-06-09T17:00');
    expect(f.datePublished).toBe('2027-06-07');
    expect(f.dateline).toBe('Braunschweig');
  });
});

describe('more head shapes (third round)', () => {
  it('skips an office name over a headline in sentence case', () => {
    const f = facts(
      `Harbour Health Partners\n\nBlood pressure cuffs at home catch more cases of hidden hypertension\n\nBy Jane Roe, Staff Writer\n\n${LEAD}\n\n"We did not expect so many," said Dr Ana Lee of Harbour General Hospital.`,
    );
    expect(f.headline).toBe('Blood pressure cuffs at home catch more cases of hidden hypertension');
  });

  it('keeps a title-case headline over its dek', () => {
    const f = facts(`Lizards Love Dark Rock\n\nYoung lizards on dark volcanic stone grow faster than those on sand\n\n${LEAD}`);
    expect(f.headline).toBe('Lizards Love Dark Rock');
  });

  it('takes the heading under a short name paragraph, not a label-only page title', () => {
    const html = `<html><head><title>Press release</title></head><body><p><strong>Pond Publishing</strong></p><table><tr><th>Journal</th><td>Functional Ecology Letters</td></tr></table><h2>Dark rock speeds up the growth of young lizards</h2><p>${LEAD}</p></body></html>`;
    expect(facts(html, 'x.html').headline).toBe('Dark rock speeds up the growth of young lizards');
  });

  it('reads the first-published date after an update date on one line', () => {
    const f = facts(`Dark rock speeds up the growth of young lizards\n\nUpdated 8 June 2027, first published 4 June 2027\n\n${LEAD}`);
    expect(f.datePublished).toBe('2027-06-04');
  });

  it('reads an embargo from the front matter', () => {
    const f = facts(`---\ntitle: Dark rock speeds up the growth of young lizards\nembargo: 2027-06-09 10:00\n---\n\n${LEAD}\n`, 'x.md');
    expect(f.embargo?.slice(0, 16)).toBe('2027-06-09T10:00');
  });

  it('reads a numeric date month first under a US dateline', () => {
    const f = facts(`NEWS RELEASE\n06/04/2027\n\nDark rock speeds up the growth of young lizards\n\nRENO, Nev. — ${LEAD}`);
    expect(f.datePublished).toBe('2027-06-04');
    expect(f.dateline).toBe('RENO, Nev.');
  });

  it('keeps a numeric date day first without a US dateline', () => {
    const f = facts(`NEWS RELEASE\n06/04/2027\n\nDark rock speeds up the growth of young lizards\n\nLEEDS, UK — ${LEAD}`);
    expect(f.datePublished).toBe('2027-04-06');
  });
});
