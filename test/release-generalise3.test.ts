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
