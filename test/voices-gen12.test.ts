import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import type { Quote } from '../src/types.js';

const run = (text: string, path = 'x.txt'): Quote[] => convert(text, { path }).record.quotes;
const lead = 'Community clinics cut asthma admissions\n\nLEEDS, 4 May 2032 – Children seen at school-based asthma clinics were admitted to hospital less often, a study found.\n\n';
const pick = (qs: Quote[]): Array<Pick<Quote, 'text' | 'speaker'>> => qs.map(({ text, speaker }) => ({ text, speaker }));

describe('quotes: a named person in apposition after the body they speak for', () => {
  it('reads "A spokeswoman for the charity X, Name, said:" as Name, not the charity', () => {
    const qs = run(`${lead}A spokeswoman for the charity Asthma Families Yorkshire, Bronwen Pryce, said: "Every school in the county should have one of these clinics."\n`);
    expect(pick(qs)).toEqual([{ text: 'Every school in the county should have one of these clinics.', speaker: 'Bronwen Pryce' }]);
  });

  it('keeps the person of "Lead author X, of the Y Institute, said:"', () => {
    const qs = run(`${lead}Lead author Imogen Tarrant, of the Pennine Child Health Institute, said: "The clinics reached families who rarely see a specialist."\n`);
    expect(pick(qs)).toEqual([{ text: 'The clinics reached families who rarely see a specialist.', speaker: 'Imogen Tarrant' }]);
  });
});

describe('quotes: "So said" with a role before the name, after an opening quote', () => {
  it('gives the opening quote to the person of "So said consultant paediatrician Dr X"', () => {
    const qs = run(`${lead}"Children breathe easier when the nurse is down the corridor instead of across the city."\n\nSo said consultant paediatrician Dr Callum Ferrier as the trust published its first year of results.\n`);
    expect(pick(qs)).toEqual([{ text: 'Children breathe easier when the nurse is down the corridor instead of across the city.', speaker: 'Callum Ferrier' }]);
    expect(qs[0]!.role).toBe('consultant paediatrician');
  });
});

describe('quotes: a dotted degree between the name and the verb after a quote', () => {
  it('reads "…," first author X, Ph.D., postdoctoral fellow, added. "…" as one quote by X', () => {
    const qs = run(`${lead}"We were quite surprised," first author Oksana Levchuk, Ph.D., postdoctoral fellow, added. "The drop appeared within a single term."\n`);
    expect(pick(qs)).toEqual([{ text: 'We were quite surprised, The drop appeared within a single term.', speaker: 'Oksana Levchuk' }]);
  });

  it('reads "…," X, Pharm.D., said. as X', () => {
    const qs = run(`${lead}"Pharmacists in the clinics checked every inhaler technique by hand," Desmond Achebe, Pharm.D., said.\n`);
    expect(pick(qs)).toEqual([{ text: 'Pharmacists in the clinics checked every inhaler technique by hand,', speaker: 'Desmond Achebe' }]);
  });
});
