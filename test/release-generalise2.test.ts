import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { readDateline } from '../src/extractors/release/dateline.js';
import { readEmbargo } from '../src/extractors/release/embargo.js';

/** The release facts of an invented text. */
const facts = (text: string, path = 'x.txt') => {
  const r = convert(text, { path }).record.release;
  return { headline: r.headline, datePublished: r.datePublished, dateline: r.dateline, embargo: r.embargo };
};

describe('datelines of other wires and offices', () => {
  it('reads a place before a lower-case wire service in brackets', () => {
    expect(readDateline('FRANKFURT (ots/PRNewswire) -- A peat moss that survives drought was described today.')?.place).toBe('FRANKFURT');
  });

  it('reads a region in brackets after the place, then the date', () => {
    const d = readDateline('Graz (Austria), 4 June 2027 – Rock lichens on alpine huts record a century of air pollution.');
    expect(d?.place).toBe('Graz (Austria)');
    expect(d?.date?.iso).toBe('2027-06-04');
  });

  it('keeps an agency in brackets out of a region reading', () => {
    expect(readDateline('WASHINGTON (Reuters), 4 June 2027 – The agency said.')?.place ?? null).not.toBe('WASHINGTON (Reuters)');
  });
});

describe('"For release at" with a clock time is an embargo', () => {
  it('reads "For release at 00:01 GMT on ..." as the embargo, not the headline', () => {
    const f = facts('For release at 00:01 GMT on Thursday 3 June 2027\n\nBarn owls hunt by the sound of beetles\n\nBarn owls can locate a beetle walking on leaf litter from its footsteps alone, according to a study of captive owls that tracked their heads as they listened in complete darkness.\n');
    expect(f.headline).toBe('Barn owls hunt by the sound of beetles');
    expect(f.embargo).toBe('2027-06-03T00:01+00:00');
    expect(f.datePublished).toBeNull();
  });

  it('reads "FOR RELEASE: 10 a.m. EDT, ..." as the embargo', () => {
    const read = readEmbargo('FOR RELEASE: 10 a.m. EDT, Tuesday, June 8, 2027');
    expect(read?.ok && read.value).toBe('2027-06-08T10:00-04:00');
  });

  it('keeps "For release: DATE" without a time the release date', () => {
    const f = facts('For release: 2 June 2027\n\nBarn owls hunt by the sound of beetles\n\nBarn owls can locate a beetle walking on leaf litter from its footsteps alone, according to a study of captive owls that tracked their heads as they listened in complete darkness.\n');
    expect(f.datePublished).toBe('2027-06-02');
    expect(f.embargo).toBeNull();
  });
});

const LEAD = 'Otters that live near fish farms raise more cubs than those on wild rivers, a ten-year count by the Scottish otter survey shows across twelve sea lochs and their rivers.\n';

describe('releases copied from a PDF', () => {
  it('skips a label with a page number and joins a headline wrapped over two lines', () => {
    const f = facts(`NEWS RELEASE                                     Page 1 of 2\n\nOtters on fish farm lochs raise more\ncubs than those on wild rivers\n\n${LEAD}`);
    expect(f.headline).toBe('Otters on fish farm lochs raise more cubs than those on wild rivers');
  });

  it('skips an office name over a label with a page number', () => {
    const f = facts(`NatureScot\nMedia Release                                    Page 1 of 3\n\nFriday, 4 June 2027\n\nOtters on fish farm lochs raise more cubs\n\n${LEAD}`);
    expect(f.headline).toBe('Otters on fish farm lochs raise more cubs');
    expect(f.datePublished).toBe('2027-06-04');
  });
});

describe('releases sent as e-mail', () => {
  it('skips the header, reads its date, and takes the title line below it', () => {
    const f = facts(`From: Press Office <press@example.ac.uk>\nDate: Fri, 4 Jun 2027 08:30:00 +0100\nSubject: Otters on fish farm lochs raise more cubs\nTo: newsdesk@example.com\n\nOtters on fish farm lochs raise more cubs\n\n${LEAD}`);
    expect(f.headline).toBe('Otters on fish farm lochs raise more cubs');
    expect(f.datePublished).toBe('2027-06-04');
  });

  it('takes the subject, without its label, when no title line follows', () => {
    const f = facts(`From: Press Office <press@example.ac.uk>\nSent: Friday, 4 June 2027 8:30 a.m.\nTo: Science Desk\nSubject: Fwd: Press release: Otters on fish farm lochs raise more cubs\n\n${LEAD}`);
    expect(f.headline).toBe('Otters on fish farm lochs raise more cubs');
    expect(f.datePublished).toBe('2027-06-04');
  });
});

describe('pages whose title names a section and the site', () => {
  it('takes the <h2> under the site heading, not the heading the title matches', () => {
    const html = `<html><head><title>News - Scottish Marine Institute</title></head><body><h1>Scottish Marine Institute</h1><h2>Otters on fish farm lochs raise more cubs</h2><p>${LEAD}</p></body></html>`;
    expect(facts(html, 'x.html').headline).toBe('Otters on fish farm lochs raise more cubs');
  });
});

describe('office names and page marks stacked over date lines', () => {
  it('skips a letterhead whose label line ends in a dashed page number', () => {
    const f = facts(`LAKESIDE UNIVERSITY\nNEWS                                              - 1 -\n\nOTTERS ON FISH FARM LOCHS RAISE MORE CUBS\n\n${LEAD}`);
    expect(f.headline).toBe('OTTERS ON FISH FARM LOCHS RAISE MORE CUBS');
  });

  it('reads the place of a date line printed under an institute name', () => {
    const f = facts(`Embargoed until Friday 11 June at 10:00 CEST\n\nLeibniz Institute for Freshwater Ecology\nBerlin, 4 June 2027\n\nOtters on fish farm lochs raise more cubs\n\n${LEAD}`);
    expect(f.headline).toBe('Otters on fish farm lochs raise more cubs');
    expect(f.datePublished).toBe('2027-06-04');
    expect(f.dateline).toBe('Berlin');
    expect(f.embargo).toBe('2027-06-11T10:00+02:00');
  });

  it('takes no place from an e-mail\'s "Sent:" line', () => {
    const f = facts(`From: Press Office <press@example.ac.uk>\nSent: Friday, 4 June 2027 8:30 a.m.\nSubject: Otters on fish farm lochs raise more cubs\n\n${LEAD}`);
    expect(f.dateline).toBeNull();
  });

  it('skips an office named "X Research" above the headline', () => {
    const f = facts(`Harbour Research\n\nOtters on fish farm lochs raise more cubs\n\n${LEAD}`);
    expect(f.headline).toBe('Otters on fish farm lochs raise more cubs');
  });

  it('reads a label and a date set apart by a middle dot', () => {
    const f = facts(`**Media Release** · 2027-06-04\n\n# Otters on fish farm lochs raise more cubs\n\n${LEAD}`, 'x.md');
    expect(f.datePublished).toBe('2027-06-04');
    expect(f.headline).toBe('Otters on fish farm lochs raise more cubs');
  });
});
