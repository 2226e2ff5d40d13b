import { describe, expect, it } from 'vitest';
import { readDateLine } from '../src/text/date-line.js';
import { isPlace } from '../src/text/place.js';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const LEAD =
  'Beekeepers who moved their hives twice a season lost fewer colonies over winter than those who never moved them, a survey of 240 apiaries in three countries has found.';

describe('converted releases: numbered labels and reference lines over the headline (fourteenth round)', () => {
  it('steps over a research infrastructure\'s numbered release label ("ESO Science Release eso3109")', () => {
    const text = `**Hive Science Release hsr3112**\n\n**Migratory hives survive winter better, survey finds**\n\n**LEUVEN, Belgium, 14 March 2031** – ${LEAD}`;
    const f = facts(text, 'x.md');
    expect(f.headline).toBe('Migratory hives survive winter better, survey finds');
    expect(f.dateline).toBe('LEUVEN, Belgium');
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('steps over "Press Release N° 7–2031" and "CERN Press Release 31/114"', () => {
    for (const label of ['Press Release N° 7–2031', 'Apiary Council Press Release 31/114']) {
      const f = facts(`${label}\n\nMIGRATORY HIVES SURVIVE WINTER BETTER.\n\nGhent, 14 March 2031. ${LEAD}`);
      expect(f.headline).toBe('MIGRATORY HIVES SURVIVE WINTER BETTER.');
      expect(f.datePublished).toBe('2031-03-14');
    }
  });

  it('reads a reference line with a colon before its date ("Ref: 31/114 – 14 March 2031") as a date line, not a headline', () => {
    const line = readDateLine('Ref: 31/114 – 14 March 2031');
    expect(line?.date.iso).toBe('2031-03-14');
    expect(readDateLine('Our ref. 2031/07 – 2 April 2031')?.date.iso).toBe('2031-04-02');
    const f = facts(`BEE HEALTH NETWORK\n\nRef: 31/114 – 14 March 2031\n\nMigratory hives survive winter better\n\n${LEAD}`);
    expect(f.headline).toBe('Migratory hives survive winter better');
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('leaves a headline that opens with "Release" alone', () => {
    const f = facts(`Release of 2031 hive census shows fewer winter losses\n\nMarch 14, 2031\n\n${LEAD}`);
    expect(f.headline).toBe('Release of 2031 hive census shows fewer winter losses');
  });
});

describe('long place names with an island, state or country (fourteenth round)', () => {
  it('reads "SANTA CRUZ DE TENERIFE, Canary Islands, Spain" as a dateline', () => {
    const f = facts(`Migratory hives survive winter better\n\nSANTA CRUZ DE TENERIFE, Canary Islands, Spain, 17 September 2031 – ${LEAD}`);
    expect(f.dateline).toBe('SANTA CRUZ DE TENERIFE, Canary Islands, Spain');
    expect(f.datePublished).toBe('2031-09-17');
  });

  it('allows eight words only after commas', () => {
    expect(isPlace('San Cristóbal de las Casas, Chiapas, Mexico', true)).toBe(true);
    expect(isPlace('The Bee Health Network Of The Lower Rhine Valley', true)).toBe(false);
  });
});

describe('converted documents: page numbers, contents lines and reference codes over the headline (fourteenth round)', () => {
  it('steps over a page number "- 1 -" from a Word export', () => {
    const f = facts(`- 1 -\n\nMigratory hives survive winter better\n\nBern, 14 March 2031 – ${LEAD}\n\n- 2 -\n\nThe survey ran for three winters.`);
    expect(f.headline).toBe('Migratory hives survive winter better');
    expect(f.dateline).toBe('Bern');
  });

  it('steps over a table of contents line', () => {
    const f = facts(`Table of Contents: Summary ... 1 | Findings ... 2 | Contacts ... 3\n\nMigratory hives survive winter better\n\nOslo, 14 March 2031 – ${LEAD}`);
    expect(f.headline).toBe('Migratory hives survive winter better');
  });

  it('steps over a reference code stacked over the date line ("Ref. EB/2031/042")', () => {
    const f = facts(`Ref. EB/2031/042\nBrussels, 14 March 2031\n\nMigratory hives survive winter better\n\n${LEAD}`);
    expect(f.headline).toBe('Migratory hives survive winter better');
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('keeps a headline that opens with "Reference" or a number', () => {
    expect(facts(`Reference genomes for 40 bee species released\n\nMarch 14, 2031\n\n${LEAD}`).headline).toBe('Reference genomes for 40 bee species released');
    expect(facts(`100 apiaries join winter survey\n\nMarch 14, 2031\n\n${LEAD}`).headline).toBe('100 apiaries join winter survey');
  });
});

describe('a headline with a full stop stacked under a release label (fourteenth round)', () => {
  it('reads "MEDIA RELEASE" over "Migratory hives survive winter better."', () => {
    const f = facts(`MEDIA RELEASE\nMigratory hives survive winter better.\n\nWELLINGTON, Aotearoa New Zealand, 14 March 2031 – ${LEAD}`);
    expect(f.headline).toBe('Migratory hives survive winter better.');
    expect(f.dateline).toBe('WELLINGTON, Aotearoa New Zealand');
  });

  it('does not take a lead sentence stacked under the label', () => {
    const f = facts(`MEDIA RELEASE\n${LEAD}\n\nThe survey ran for three winters in Belgium, France and the Netherlands.`);
    expect(f.headline).not.toBe(LEAD);
  });
});

describe('places joined by "and" (fourteenth round)', () => {
  it('reads two cities or a province with "and" in a dateline', () => {
    expect(facts(`Migratory hives survive winter better\n\nGENEVA and ZURICH, Switzerland, 14 March 2031 – ${LEAD}`).dateline).toBe('GENEVA and ZURICH, Switzerland');
    const f = facts(`Migratory hives survive winter better\n\nST. JOHN'S, Newfoundland and Labrador, 14 March 2031 — ${LEAD}`);
    expect(f.dateline).toBe("ST. JOHN'S, Newfoundland and Labrador");
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('still refuses a line that opens with "and"', () => {
    expect(isPlace('and Zurich', true)).toBe(false);
  });
});

describe('release numbers before and over the headline (fourteenth round)', () => {
  it('drops a release number printed before the headline ("N° 12–2031: …")', () => {
    const f = facts(`N° 12–2031: Migratory hives survive winter better\n\n14 March 2031\n\n${LEAD}`);
    expect(f.headline).toBe('Migratory hives survive winter better');
  });

  it('steps over "Information for the press – No. 42/2031"', () => {
    const f = facts(`Information for the press – No. 42/2031\n\nMigratory hives survive winter better\n\n14 March 2031\n\n${LEAD}`);
    expect(f.headline).toBe('Migratory hives survive winter better');
    expect(f.datePublished).toBe('2031-03-14');
  });

  it('keeps "No." inside a headline that uses it as a word', () => {
    expect(facts(`No. 1 cause of winter hive loss is a mite, survey finds\n\n14 March 2031\n\n${LEAD}`).headline).toBe('No. 1 cause of winter hive loss is a mite, survey finds');
  });
});
