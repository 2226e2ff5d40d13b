import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import type { Contact } from '../src/types.js';

const run = (text: string, path = 'x.txt'): Contact[] => convert(text, { path }).record.contacts;
const lead = 'Glaciers Sing Before They Calve\n\nTROMSØ, 3 March 2027 – Microphones moored near a glacier front picked up a rising hum hours before ice broke away, a study found.\n\n';
const pick = (cs: Contact[]): Array<Pick<Contact, 'name' | 'email' | 'phone'>> => cs.map(({ name, email, phone }) => ({ name, email, phone }));

describe('contacts: a sentence opening on the person sought for an interview', () => {
  it('reads "To speak with the lead author, X, PhD, please email …" as X with that address', () => {
    const cs = run(`${lead}To speak with the lead author, Ingrid Solbakken-Moe, PhD, please email ingrid.solbakken@arctic.example.no.\n`);
    expect(pick(cs)).toEqual([{ name: 'Ingrid Solbakken-Moe', email: 'ingrid.solbakken@arctic.example.no', phone: null }]);
  });

  it('reads "To interview Dr. X, contact the press office at …" as the desk, not X', () => {
    const cs = run(`${lead}To interview Dr. Halvard Lien, contact the press office at press@arctic.example.no or +47 77 64 40 00.\n`);
    expect(pick(cs)).toEqual([{ name: null, email: 'press@arctic.example.no', phone: '+47 77 64 40 00' }]);
  });

  it('reads "To arrange an interview with X, please contact Y at …" as Y', () => {
    const cs = run(`${lead}To arrange an interview with Prof. Halvard Lien, please contact Sunniva Dahl at sunniva.dahl@arctic.example.no.\n`);
    expect(pick(cs)).toEqual([{ name: 'Sunniva Dahl', email: 'sunniva.dahl@arctic.example.no', phone: null }]);
  });

  it('leaves a sentence about patients out ("To speak with a nurse about enrolment, call …")', () => {
    expect(run(`${lead}To speak with a nurse about enrolment in the trial, call 0800 555 0199.\n`)).toEqual([]);
  });
});

describe('contacts: a blank line between a researcher and a desk inside one contact block', () => {
  it('keeps the researcher and the desk as two entries', () => {
    const cs = run(`${lead}Contact\nHalvard Lien, Group Leader\nGlacier Acoustics Lab, Arctic Institute\n\nArctic Institute Communications\nEmail: news@arctic.example.no\n`);
    expect(pick(cs)).toEqual([
      { name: 'Halvard Lien', email: null, phone: null },
      { name: null, email: 'news@arctic.example.no', phone: null },
    ]);
  });

  it('keeps one entry when the paragraph after the blank line prints the researcher\'s own address', () => {
    const cs = run(`${lead}Contact\nHalvard Lien, Group Leader\n\nGlacier Acoustics Lab, Arctic Institute\nEmail: halvard.lien@arctic.example.no\n`);
    expect(pick(cs)).toEqual([{ name: 'Halvard Lien', email: 'halvard.lien@arctic.example.no', phone: null }]);
  });
});

describe('quotes: a pronoun with no one before it, named by a later "So says X" sentence', () => {
  const quotes = (text: string) => convert(text, { path: 'x.md' }).record.quotes;
  const head = '# Owls Hear Mice Under Snow\n\nBERGEN, 9 February 2027 — Owls find mice under half a metre of snow by sound alone, a study reports.\n\n';

  it('gives the quote to X in "\\"…,\\" she says, \\"…\\" So says Dr. X, …"', () => {
    const qs = quotes(`${head}"We thought the snow would muffle everything," she says, "but the owls barely hesitated." So says Dr. Oddny Vik, a zoologist who led the work.\n`);
    expect(qs[0]?.speaker).toBe('Oddny Vik');
  });

  it('gives the quote to X in "\\"…,\\" he says. That\'s according to X, …"', () => {
    const qs = quotes(`${head}"It is an astonishing piece of hearing," he says. That's according to Arne Brekke, an acoustician at the museum.\n`);
    expect(qs[0]?.speaker).toBe('Arne Brekke');
  });

  it('keeps the speaker null when the later sentence names no one first ("So says the report")', () => {
    const qs = quotes(`${head}"We thought the snow would muffle everything they hear," she says. So says the report, which lists no author.\n`);
    expect(qs[0]?.speaker).toBeNull();
  });
});

describe('contacts: a bracket opened after the number ("(24 hours)")', () => {
  it('reads "on +47 77 64 40 00 (24 hours)" as the number alone', () => {
    const cs = run(`${lead}For further information contact the Arctic Institute press desk on +47 77 64 40 00 (24 hours) or press@arctic.example.no.\n`);
    expect(pick(cs)).toEqual([{ name: null, email: 'press@arctic.example.no', phone: '+47 77 64 40 00' }]);
    expect(cs[0]?.phoneE164).toBe('+4777644000');
  });

  it('keeps a bracketed area code inside the number ("(02) 6125 4171")', () => {
    const cs = run(`${lead}Media contact: Sunniva Dahl, (02) 6125 4171, sunniva.dahl@arctic.example.no\n`);
    expect(cs[0]?.phone).toBe('(02) 6125 4171');
  });
});
