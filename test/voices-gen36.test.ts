import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEAD = 'Old orchards shelter more wild bees than new plantings\n\n';
const LEAD = 'Text of the lead.\n\n';
const QUOTE = 'The oldest trees had three times as many nests as the young ones';

describe('a speaker named by the initials bracketed after the full name (round 36)', () => {
  it.each([
    ['Dr. Wilhelmina Ostrowski-Baird (WOB)', 'WOB explained.', 'Wilhelmina Ostrowski-Baird'],
    ['Dr. Wilhelmina Ostrowski-Baird (WO)', 'WO noted.', 'Wilhelmina Ostrowski-Baird'],
    ['Professor Tobias Renner (TR)', 'said TR.', 'Tobias Renner'],
  ] as const)('resolves %j … %j', (first, tail, name) => {
    const q = speakersOf(`${HEAD}The survey was led by ${first} of the Orchard Trust.\n\n"${QUOTE}," ${tail}\n`, 'txt');
    expect(q).toEqual([[name, QUOTE.slice(0, 24)]]);
  });

  it.each([
    ['Dr. Wilhelmina Ostrowski-Baird (RSPB)', 'RSPB explained.'],
    ['the Orchard Trust Society (OTS)', 'OTS explained.'],
  ] as const)('gives no person for letters that are not the name\'s initials: %j', (first, tail) => {
    const q = speakersOf(`${HEAD}The survey was led by ${first} this year.\n\n"${QUOTE}," ${tail}\n`, 'txt');
    expect(q.map(([s]) => s)).toEqual([null]);
  });
});

describe('a quote after a speaker\'s apposition that ends with the paper\'s noun and a colon (round 36)', () => {
  it.each([
    ['Added Dr. Ingrid Salcedo-Mbatha, a co-author of the study: "'],
    ['Explained Prof. Ingrid Salcedo-Mbatha, first author of the paper: "'],
  ] as const)('is no title after %j', (lead) => {
    const a = articlesOf(`${HEAD}${LEAD}${lead}${QUOTE}."\n\nThe study is published in Ecology Letters. https://doi.org/10.1111/ele.14777\n`);
    expect(a.map((x) => [x.doi, x.title])).toEqual([['10.1111/ele.14777', null]]);
  });

  it('still reads a title after "the study:" with no speaker', () => {
    const a = articlesOf(`${HEAD}${LEAD}Read the study: "Orchard age and the nesting of solitary bees in southern England". https://doi.org/10.1111/ele.14777\n`);
    expect(a.map((x) => x.title)).toEqual(['Orchard age and the nesting of solitary bees in southern England']);
  });
});

describe('a media label that names what it is for (round 36)', () => {
  it.each([
    ['Press enquiries for the podcast:'],
    ['Media enquiries about the series:'],
    ['Media contacts for this story:'],
    ['Press enquiries:'],
  ] as const)('opens a contact with %j', (label) => {
    const c = contactsOf(`${HEAD}${LEAD}${label} Ottoline Barraclough-Nyambura, producer, o.barraclough@orchard-example.org\n`, 'txt');
    expect(c).toEqual([['Ottoline Barraclough-Nyambura', 'o.barraclough@orchard-example.org', null]]);
  });

  it('keeps a patient line as no contact', () => {
    const c = contactsOf(`${HEAD}${LEAD}Patient enquiries for the clinic: Ottoline Barraclough-Nyambura, o.barraclough@orchard-example.org\n`, 'txt');
    expect(c).toEqual([]);
  });
});

describe('quote and contact shapes already read (round 36)', () => {
  it('reads a contact table whose header row is in <th>', () => {
    const html = `<h1>Old orchards shelter more wild bees than new plantings</h1><p>Text of the lead.</p><h2>Media contacts</h2><table><tr><th>Name</th><th>Role</th><th>Phone</th><th>Email</th></tr><tr><td>Rufus Adebayo-Strand</td><td>Press Officer</td><td>+44 117 496 0311</td><td>r.adebayo@orchard-example.org</td></tr></table>`;
    expect(contactsOf(html, 'html')).toEqual([['Rufus Adebayo-Strand', 'r.adebayo@orchard-example.org', '+44 117 496 0311']]);
  });

  it('reads a WeChat ID as no phone', () => {
    const c = contactsOf(`${HEAD}${LEAD}Media contact:\nZhou Meilin, International Office\nEmail: zhou.meilin@orchard-example.cn\nPhone: +86 21 5555 0190\nWeChat: zhoumeilin_88\n`, 'txt');
    expect(c).toEqual([['Zhou Meilin', 'zhou.meilin@orchard-example.cn', '+86 21 5555 0190']]);
  });

  it('keeps brackets and an ellipsis inside a quote and the family-first name', () => {
    const r = recordOf(`${HEAD}${LEAD}"The old trees [in these orchards] … hold nests in every crack of the bark," warned Ms. Sato Haruka, a field ecologist.\n`);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Sato Haruka', 'The old trees [in these orchards] … hold nests in every crack of the bark,']]);
  });
});
