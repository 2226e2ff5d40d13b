import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const HEAD = '# Moss walls cool city squares\n\n**Berlin, 28 July 2031** – Walls of living moss cooled three squares, a team reports in *Urban Climate*.\n\n';
const QUOTE = '"The moss drinks at night and sweats by day, which cools the bench," says Dr. Wiebke Hollander.\n\n';

/** The contacts of an invented release whose contact block is `block`. */
const contactsOf = (block: string) => recordOf(`${HEAD}${QUOTE}**Press contact**\n${block}\n`, 'md').contacts;

describe('a German number whose area code a slash parts from the rest (round 28)', () => {
  it('reads "+49 (0)30 / 8445-1234" with spaces round the slash', () => {
    const [c] = contactsOf('Lena Hafner, Press Office, Tel. +49 (0)30 / 8445-1234, hafner@spree-example.de');
    expect(c?.name).toBe('Lena Hafner');
    expect(c?.phone).toBe('+49 (0)30 / 8445-1234');
    expect(c?.phoneE164).toBe('+493084451234');
    expect(c?.email).toBe('hafner@spree-example.de');
  });

  it('reads "+49 (0)30/8445-1234" and a national "030 / 8445-1234" without a country code', () => {
    expect(contactsOf('Lena Hafner, Tel. +49 (0)30/8445-1234, hafner@spree-example.de')[0]?.phone).toBe('+49 (0)30/8445-1234');
    const [c] = contactsOf('Lena Hafner, Tel. 030 / 8445-1234, hafner@spree-example.de');
    expect(c?.phone).toBe('030 / 8445-1234');
    expect(c?.phoneE164).toBe('+493084451234');
  });

  it('reads a number spaced in pairs after the slash ("+49 (0) 30 / 84 45 12 34")', () => {
    expect(contactsOf('Lena Hafner, Tel. +49 (0) 30 / 84 45 12 34, hafner@spree-example.de')[0]?.phone).toBe('+49 (0) 30 / 84 45 12 34');
  });

  it('takes no date or issue number with a slash for a phone', () => {
    const [c] = contactsOf('Lena Hafner, Press Office, hafner@spree-example.de\nIssue 0301/2031, published 05/12/2031');
    expect(c?.phone).toBeNull();
  });
});

describe('contact and quote shapes of round 28 that already read right', () => {
  it('keeps "said Dr." at the end of a wrapped line with the name on the next', () => {
    const text = [
      'Zebrafish regrow heart muscle faster when one clock gene is silenced',
      '',
      'NORTHBRIDGE, Mass., March 11, 2032 -- Zebrafish whose hearts were\ninjured regrew the damaged muscle in about half the usual time when\nresearchers switched off one gene that keeps the animals\' daily rhythms,\naccording to a study published today in Circulation Research.',
      '',
      'The team measured the regrown tissue in more than three hundred fish\nover six weeks. The effect held in fish of both sexes and at every age\nthe researchers tested in the laboratory over the following months.',
      '',
      '"Human hearts do not regenerate like this, so nobody should take it as a\ntreatment yet, but the clock is clearly one of the brakes," said Dr.\nTheodora Quintanilla-Marsh, who also directs the school\'s zebrafish facility.',
      '',
      'MEDIA CONTACT:\nHarriet Vance-Oduya, Senior Media Relations Manager, University of Northbridge School of Medicine\nharriet.vance-oduya@northbridge-example.edu\n617-555-0193',
    ].join('\n');
    const r = recordOf(text);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Theodora Quintanilla-Marsh']);
    expect(r.contacts[0]?.name).toBe('Harriet Vance-Oduya');
    expect(r.contacts[0]?.phone).toBe('617-555-0193');
  });

  it('splits "Contacts: A (phone, ext.) and B (phone x)" into two people', () => {
    const cs = recordOf(`${HEAD}${QUOTE}Contacts: Thaddeus Reyes (919-555-0177 ext. 4012, treyes@ptu-example.edu) and Giselle Northcote (919-555-0100 x4567, gnorthcote@ptu-example.edu)\n`, 'md').contacts;
    expect(cs.map((c) => [c.name, c.phone, c.email])).toEqual([
      ['Thaddeus Reyes', '919-555-0177 ext. 4012', 'treyes@ptu-example.edu'],
      ['Giselle Northcote', '919-555-0100 ext. 4567', 'gnorthcote@ptu-example.edu'],
    ]);
  });
});

describe('a name, degrees and a long job title before a closing "said." (round 28)', () => {
  const LEAD_MD = '# Gardeners sleep longer\n\n**ANN ARBOR, Mich., May 5, 2032** — Older gardeners slept longer, a survey in *Sleep Health* reports.\n\n';
  const QUOTED = '"People often assume that any exercise will do, but gardening suits sleep particularly well,"';
  const speakerOf = (attribution: string) => recordOf(`${LEAD_MD}${QUOTED} ${attribution}\n`, 'md').quotes.map((q) => q.speaker);

  it('reaches the verb past degrees and a full title ("X, M.D., Ph.D., an associate professor … School of Medicine, said.")', () => {
    expect(speakerOf('Marguerite Oyelowo-Frantz, M.D., Ph.D., an associate professor of geriatric medicine at the Huron Valley School of Medicine, said.')).toEqual(['Marguerite Oyelowo-Frantz']);
  });

  it('reads the present tense and a title without degrees the same way', () => {
    expect(speakerOf('Marguerite Oyelowo-Frantz, an associate professor of geriatric medicine at the Huron Valley School of Medicine, says.')).toEqual(['Marguerite Oyelowo-Frantz']);
  });

  it('reads it in a plain-text release hard-wrapped inside the title', () => {
    const text = [
      'Older adults who garden sleep longer, survey finds',
      '',
      'ANN ARBOR, Mich., May 5, 2032 -- Adults over sixty-five who spent at\nleast two hours a week gardening reported sleeping about forty minutes\nlonger each night than those who did not, according to a survey study\npublished in the Journal of the American Geriatrics Society.',
      '',
      '"People often assume that any exercise will do, but gardening combines\ndaylight, physical effort and a routine in a way that seems to suit\nsleep particularly well," Marguerite Oyelowo-Frantz, M.D., Ph.D., an\nassociate professor of geriatric medicine at the Huron Valley School of\nMedicine, said.',
      '',
      'The survey covered 4,812 adults in three states over two years, and the\nteam plans a trial in which half of the volunteers are given a garden plot.',
    ].join('\n');
    expect(recordOf(text).quotes.map((q) => q.speaker)).toEqual(['Marguerite Oyelowo-Frantz']);
  });
});
