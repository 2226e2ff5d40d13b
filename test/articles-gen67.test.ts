import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const HEAD = 'Glacier moss shelters springtails\n\nNew Delhi, 4 April 2067: Text.\n\n';

describe('a whole reference in brackets in prose without a DOI, round 67', () => {
  it.each([
    ['Lancet numbers', 'The results appear in The Lancet Regional Health (Rao-Menon K, Iyer-Bose T, Salim A, et al. Springtail refuges under glacier moss in the western Himalaya: a field survey. Lancet Reg Health 2067; 31: e118–29).\n', ['Rao-Menon', 'Iyer-Bose', 'Salim'], '31', 'e118-29'],
    ['Vancouver numbers', 'The results were published (Rao-Menon K, Iyer-Bose T. Springtail refuges under glacier moss in the western Himalaya: a field survey. Polar Biol. 2067;40(2):311-320).\n', ['Rao-Menon', 'Iyer-Bose'], '40', '311-320'],
  ])('reads the brackets with %s', (_label, body, families, volume, pages) => {
    const a = articlesOf(HEAD + body)[0]!;
    expect(a.doi).toBeNull();
    expect(a.title).toBe('Springtail refuges under glacier moss in the western Himalaya: a field survey');
    expect(a.authors.map((p) => p.family)).toEqual(families);
    expect(a.volume).toBe(volume);
    expect(a.pages!.replace('–', '-')).toBe(pages);
    expect(a.year).toBe(2067);
  });

  it('leaves a bracketed source with no title as before (must not change)', () => {
    const a = articlesOf(HEAD + 'The survey was led by ecologists at the institute (Polar Biol. 2067 Mar 4;40(2):311-320).\n')[0]!;
    expect(a.title).toBeNull();
    expect(a.authors).toHaveLength(0);
    expect(a.volume).toBe('40');
  });

  it('reads no reference from brackets of plain prose', () => {
    const as = articlesOf(HEAD + 'The moss (a species common in the Himalaya, found up to 5,000 m; see earlier surveys: Polar work) shelters springtails.\n');
    expect(as.every((a) => a.title === null)).toBe(true);
  });
});

const US = '# Glacier moss shelters springtails\n\n**BOZEMAN, Mont.** – Text.\n\n';
const DOI = '\n\nThe research appears in *Polar Biology*, DOI: 10.1007/s00300-067-03311-2.\n';

describe('a role before a family name alone, round 67', () => {
  it.each([
    ['in an apposition', 'Lead author Mateo Quill-Arden, a student working with senior author Okonjo-Strand, counted the springtails.'],
    ['closing a sentence', 'Lead author Mateo Quill-Arden counted the springtails with senior author Okonjo-Strand.'],
  ])('reads the senior author %s when the release names her in full', (_label, body) => {
    const text = US + '“The moss is a refuge we simply had not looked for,” says Amelie Okonjo-Strand, professor of ecology.\n\n' + body + DOI;
    const a = articlesOf(text, 'md')[0]!;
    expect(a.authors.map((p) => `${p.given} ${p.family}`)).toEqual(['Mateo Quill-Arden', 'Amelie Okonjo-Strand']);
  });

  it('adds no family name the release never prints in full (must not change)', () => {
    const a = articlesOf(US + 'Lead author Mateo Quill-Arden counted the springtails with senior author Okonjo-Strand.' + DOI, 'md')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Quill-Arden']);
  });
});

describe('authors grouped by institution with semicolons, round 67', () => {
  it.each([
    ['one name a group', 'Additional authors include Nia Bell-Okoro, Montana State University; and Tariq Lund, Yellowstone Ecological Research Center.', ['Bell-Okoro', 'Lund']],
    ['two names in a group', 'Additional authors include Nia Bell-Okoro, Montana State University; Tariq Lund and Ines Marquardt-Ueda, University of Utah; and Pavel Ochoa, Oregon State University.', ['Bell-Okoro', 'Lund', 'Marquardt-Ueda', 'Ochoa']],
  ])('drops each group\'s affiliation (%s)', (_label, body, families) => {
    const a = articlesOf(US + body + DOI, 'md')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(families);
  });

  it('keeps a semicolon list of names alone (must not change)', () => {
    const a = articlesOf(US + 'Additional authors include Nia Bell-Okoro; Tariq Lund; and Pavel Ochoa.' + DOI, 'md')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Bell-Okoro', 'Lund', 'Ochoa']);
  });
});
