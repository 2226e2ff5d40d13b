import { describe, expect, it } from 'vitest';
import { contactsOf, speakersOf } from './support/invented.js';
import { asPersonName } from '../src/extractors/contact/person-name.js';
import { opensExcluded } from '../src/extractors/contact/blocks.js';
import { answerStart, isQuestionOnly } from '../src/extractors/quote/interview.js';

const head = '# Larkspur Bio Reports Remyelination Data in Mice\n\n**BOSTON, June 2, 2031 (GLOBE NEWSWIRE)** -- Larkspur Bio, Inc. (Nasdaq: LKSP) today announced preclinical data for its lead candidate.\n\n';

describe('contacts: company names and investor labels of a wire release', () => {
  it('reads a company name on its own line as no person', () => {
    expect(asPersonName('Larkspur Therapeutics')).toBeNull();
    expect(asPersonName('Quillon Pharmaceuticals')).toBeNull();
    expect(asPersonName('Ardent Biosciences')).toBeNull();
    expect(asPersonName('Tessaly Holdings')).toBeNull();
    expect(asPersonName('Mireille Okafor-Hunt')).toBe('Mireille Okafor-Hunt');
  });

  it('keeps the person above the company line of a media contact', () => {
    const text = `${head}**Media Contact**\nMireille Okafor-Hunt\nLarkspur Therapeutics\nmedia@larkspur.example.com\n617.555.0148\n`;
    expect(contactsOf(text)).toEqual([['Mireille Okafor-Hunt', 'media@larkspur.example.com', '617.555.0148']]);
  });

  it('closes the media block at a bold investor label without a colon', () => {
    expect(opensExcluded('Investor Relations Contact')).toBe(true);
    expect(opensExcluded('Investor Contacts')).toBe(true);
    expect(opensExcluded('Investor Relations and Media Contact')).toBe(false);
    expect(opensExcluded('Media Contact')).toBe(false);
    const text = `${head}**Media Contact**\nMireille Okafor-Hunt\nmedia@larkspur.example.com\n617.555.0148\n\n**Investor Relations Contact**\nDesmond Rahal\nStern IR\ndesmond.rahal@sternir.example.com\n212.555.0162\n`;
    expect(contactsOf(text)).toEqual([['Mireille Okafor-Hunt', 'media@larkspur.example.com', '617.555.0148']]);
  });
});

describe('contacts: two offices side by side in a table', () => {
  it('reads the rows of names, emails and phones column after column', () => {
    const html =
      '<h1>Ship finds a vent field</h1><p>Scientists aboard a research vessel found an active vent field on the ridge this week.</p><h3>Media contacts</h3><table>' +
      '<tr><td>Harbor Ocean Institute</td><td>Bayview University</td></tr>' +
      '<tr><td>Linnea Vasquez</td><td>Tobias Achterberg</td></tr>' +
      '<tr><td>lvasquez@hoi.example.org</td><td>tachter@bayview.example.edu</td></tr>' +
      '<tr><td>508.555.0136</td><td>(617) 555-0101 x2</td></tr></table>';
    const cs = contactsOf(html, 'html');
    expect(cs.map((c) => c[0])).toEqual(['Linnea Vasquez', 'Tobias Achterberg']);
    expect(cs.map((c) => c[1])).toEqual(['lvasquez@hoi.example.org', 'tachter@bayview.example.edu']);
    expect(cs[0]![2]).toBe('508.555.0136');
    expect(cs[1]![2]!.replace(/\D/g, '')).toBe('61755501012');
  });

  it('leaves a table with one person a row as it is', () => {
    const text =
      '# Ship finds a vent field\n\nScientists aboard a research vessel found an active vent field on the ridge this week.\n\n## Media contacts\n\n| Name | Email | Phone |\n|---|---|---|\n| Linnea Vasquez | lvasquez@hoi.example.org | 508.555.0136 |\n| Tobias Achterberg | tachter@bayview.example.edu | 617.555.0101 |\n';
    expect(contactsOf(text)).toEqual([
      ['Linnea Vasquez', 'lvasquez@hoi.example.org', '508.555.0136'],
      ['Tobias Achterberg', 'tachter@bayview.example.edu', '617.555.0101'],
    ]);
  });
});

describe('quotes: a reference after a dash is no attribution', () => {
  const lead = '# Curators find an embryo in an old fossil\n\nA fossil kept in a museum drawer for a century holds the remains of an embryo.\n\n';

  it('does not credit a quoted title to the first author after the dash', () => {
    const text = `${lead}> "An embryo in a Jurassic plesiosaur from the Yorkshire coast" — Pembridge-Wall, T. & Okonjo, R. (2031). *Palaeontology* 74: e1290.\n`;
    expect(speakersOf(text)).toEqual([]);
  });

  it('does not credit it after a Vancouver author list or "et al." either', () => {
    expect(speakersOf(`${lead}"An embryo in a Jurassic plesiosaur from the Yorkshire coast" — Pembridge-Wall T, Okonjo R. Palaeontology. 2031.\n`)).toEqual([]);
    expect(speakersOf(`${lead}"An embryo in a Jurassic plesiosaur from the Yorkshire coast" — Pembridge-Wall et al., Palaeontology, 2031.\n`)).toEqual([]);
  });

  it('still credits a quote to the person after a dash', () => {
    expect(speakersOf(`${lead}"We almost sent the slab back to storage without a second look." — Teodora Pembridge-Wall, curator of fossil reptiles\n`)).toEqual([
      ['Teodora Pembridge-Wall', 'We almost sent the slab '],
    ]);
    expect(speakersOf(`${lead}"We almost sent the slab back to storage without a second look." — Teodora J. Pembridge-Wall, curator\n`)).toEqual([
      ['Teodora J. Pembridge-Wall', 'We almost sent the slab '],
    ]);
  });
});

describe('quotes: interviews set as questions and answers', () => {
  it('finds where an answer begins', () => {
    expect(answerStart('Q: Why now?\nA: "Because the seed was ready."')).toBe(15);
    expect(answerStart('A: "Because the seed was ready."')).toBe(3);
    expect(answerStart('Asked why, she paused: "Because."')).toBe(-1);
    expect(isQuestionOnly('Q: Why does the fungus matter?')).toBe(true);
    expect(isQuestionOnly('Q: The fungus matters.')).toBe(false);
  });

  it('gives an unattributed quoted answer to the interviewee of the answer before (plain text)', () => {
    const text =
      'Seed bank revives a lost lily\n\nBotanists germinated seeds of a lily last seen in the wild in 1979.\n\nQ: What happens next?\nA: "We are sending seedlings back to a reserve in the hills," Oduya-Barnes says.\n\nQ: Why does the soil matter?\nA: "Without the right fungus in the soil, a seedling simply starves."\n';
    expect(speakersOf(text, 'txt')).toEqual([
      ['Oduya-Barnes', 'We are sending seedlings'],
      ['Oduya-Barnes', 'Without the right fungus'],
    ]);
  });

  it('does the same with the question in a paragraph of its own (Markdown)', () => {
    const text =
      '# Seed bank revives a lost lily\n\nBotanists germinated seeds of a lily last seen in the wild in 1979.\n\n**Q: What happens next?**\n\n**A:** “We are sending seedlings back to a reserve in the hills,” said Amara Oduya-Barnes.\n\n**Q: Why does the soil matter?**\n\n**A:** “Without the right fungus in the soil, a seedling simply starves.”\n';
    expect(speakersOf(text)).toEqual([
      ['Amara Oduya-Barnes', 'We are sending seedlings'],
      ['Amara Oduya-Barnes', 'Without the right fungus'],
    ]);
  });

  it('gives no speaker to a quoted answer when no answer before named one', () => {
    const text =
      '# Seed bank revives a lost lily\n\nBotanists germinated seeds of a lily last seen in the wild in 1979.\n\nQ: Why does the soil matter?\nA: "Without the right fungus in the soil, a seedling simply starves."\n';
    expect(speakersOf(text).map((s) => s[0])).toEqual([null]);
  });
});
