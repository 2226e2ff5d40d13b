import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convert } from '../src/convert.js';
import { readDateLead } from '../src/extractors/release/dateline.js';
import { attributeAfter } from '../src/extractors/quote/attribution.js';
import type { PressRecord } from '../src/types.js';

const load = (path: string): PressRecord =>
  convert(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), { path }).record;

describe('release date opening the lead before a slash or a pipe', () => {
  it('reads the date of "DATE / lead…" as the release date (fixture)', () => {
    const record = load('fixtures/release/slash-date-lead.txt');
    expect(record.release.datePublished).toBe('2021-03-03');
    expect(record.release.dateline).toBeNull();
  });

  it.each([
    ['March 3, 2021 / Engineers report a result.', '2021-03-03'],
    ['3 March 2021 | Engineers report a result.', '2021-03-03'],
    ['Wednesday, March 3, 2021 / Engineers report.', '2021-03-03'],
  ])('valid: %s', (text, iso) => {
    expect(readDateLead(text)?.iso).toBe(iso);
  });

  it.each([
    ['Engineers said on March 3, 2021 / that …'],
    ['March 3 / Engineers report a result.'],
    ['March 3, 2021, engineers reported a result.'],
    ['March 3, 2021 /'],
  ])('invalid: %s', (text) => {
    expect(readDateLead(text)).toBeNull();
  });

  it('stays linear on a long hostile line', () => {
    const t0 = performance.now();
    readDateLead('1234. '.repeat(200_000));
    readDateLead('March 3, 2021 '.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('contact block laid out as name / job title / organisation', () => {
  it('keeps the person and not the organisation line as the name (fixture)', () => {
    const record = load('fixtures/contacts/name-title-org-lines.txt');
    expect(record.contacts).toHaveLength(1);
    expect(record.contacts[0]?.name).toBe('Odile Marchetti');
    expect(record.contacts[0]?.email).toBe('outreach@brackenfield-agritech.example');
  });

  it('still reads two people each with their own data', () => {
    const text = 'Headline\n\nBody text of a release.\n\nMedia contacts:\n\nOdile Marchetti\n\nPress Officer\n\nodile@example.org\n\nRafael Quintero\n\nPress Officer\n\nrafael@example.org\n';
    const record = convert(text, { path: 'two.txt' }).record;
    expect(record.contacts.map((c) => c.name)).toEqual(['Odile Marchetti', 'Rafael Quintero']);
  });
});

describe('pronoun antecedents are people, never headline phrases', () => {
  it('resolves "she explained" to the named lead, not a title-case headline phrase (fixture)', () => {
    const record = load('fixtures/quotes/headline-phrase.txt');
    const speakers = record.quotes.map((q) => q.speaker);
    expect(speakers).toEqual(['Marisol Etxeberria', 'Marisol Etxeberria']);
    expect(speakers).not.toContain('Stronger Bones');
  });
});

describe('attributions with note markers, role nouns and possessives (markers-roles-possessive.txt)', () => {
  const record = load('fixtures/quotes/markers-roles-possessive.txt');
  const speakerOf = (start: string): string | null | undefined => record.quotes.find((q) => q.text.startsWith(start))?.speaker;

  it('skips a note marker between the closing quote and the verb', () => {
    expect(speakerOf('Nurses on the amber wards')).toBe('Henrike Vossberg');
  });
  it('takes the person after "X\'s coauthor" as the speaker, not the possessor', () => {
    expect(speakerOf('Small changes to the light')).toBe('Tobiah Ferreira');
  });
  it('resolves "said the researcher in the Department of …" to the last named person', () => {
    expect(speakerOf('We thought the effect')).toBe('Anneliese Okonkwo-Brandt');
  });
  it('keeps every quote', () => {
    expect(record.quotes).toHaveLength(3);
  });
});

describe('attribution units', () => {
  it.each([
    [', [2] explains Dr Jane Roe, director.', 'Jane Roe'],
    [' ¹ said Dr Jane Roe.', 'Jane Roe'],
    [', said Dr. Doe\'s colleague Jane Roe, a chemist.', 'Jane Roe'],
  ])('valid: %s', (after, name) => {
    expect(attributeAfter(after, 0, () => false)?.name).toBe(name);
  });
  it.each([
    [', said the professor in the Department of Chemistry.', 'pronoun'],
    [', said the study\'s lead author.', 'pronoun'],
  ])('role nouns point back: %s', (after, kind) => {
    expect(attributeAfter(after, 0, () => false)?.kind).toBe(kind);
  });
  it('a possessive alone is not the speaker', () => {
    expect(attributeAfter(', said Dr. Doe\'s team.', 0, () => false)?.name ?? null).not.toBe('Doe');
  });
  it('stays linear on hostile input', () => {
    const t0 = performance.now();
    attributeAfter('[1] '.repeat(100_000), 0, () => false);
    attributeAfter(' said ' + "Dr. Doe's ".repeat(50_000), 0, () => false);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('names inside an endowed title are not antecedents (endowed-chair.txt)', () => {
  it('resolves "he said" to the named speaker, not the chair\'s namesakes', () => {
    const record = load('fixtures/quotes/endowed-chair.txt');
    expect(record.quotes.map((q) => q.speaker)).toEqual(['Osvaldo Quintanilla', 'Osvaldo Quintanilla']);
  });
  it('still reports a pronoun as unresolved when two real people precede it', () => {
    const text = 'Headline about kidneys\n\nNurse Odile Marchetti and surgeon Rafael Quintero ran the clinic together for many years.\n\n"We saw the change in the waiting room within a few months of starting," he said.\n';
    const record = convert(text, { path: 'two.txt' }).record;
    expect(record.quotes[0]?.speaker ?? null).toBeNull();
  });
});

describe('a quote introduced by a colon after a narrative sentence (colon-narrative.txt)', () => {
  const record = load('fixtures/quotes/colon-narrative.txt');
  it('attributes "Like many …, X does something: "…"" to X', () => {
    const q = record.quotes.find((x) => x.text.startsWith('I lasted two weeks'));
    expect(q?.speaker).toBe('Ingeborg Sandvik-Achebe');
  });
  it('does not turn quoted labels after a colon into quotes', () => {
    expect(record.quotes).toHaveLength(1);
  });
});
