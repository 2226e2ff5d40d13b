import { describe, expect, it } from 'vitest';
import { articlesOf, speakersOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nMay 4, 2031\n\n`;

describe('an inverted "Says Dr. X, …, the study\'s first author:" (round 31)', () => {
  it.each([
    ['Says Dr.', 'Says Dr. Tamsin Orowe-Lund, a hydrologist at the Fellbridge Institute and the study\'s first author: "Rivers answered the rain faster than any model we had predicted."', 'Orowe-Lund', 'Tamsin'],
    ['Adds Professor', 'Adds Professor Kenji Haldane-Obi, a soil scientist at the Marlow Research Centre and the paper\'s senior author: "The wet years hid how fragile the banks had become."', 'Haldane-Obi', 'Kenji'],
  ])('reads the name after %s', (_label, para, family, given) => {
    const text = head('Floods rise faster on cleared slopes') + 'Cleared slopes flood sooner, a study in Water Resources Research reports (doi:10.1029/2031WR041122).\n\n' + para + '\n';
    const authors = articlesOf(text)[0]!.authors;
    expect(authors.map((p) => [p.given, p.family])).toEqual([[given, family]]);
  });

  it('keeps a plain "X, … the study\'s first author, said" (unchanged)', () => {
    const text = head('Floods rise faster on cleared slopes') + 'Cleared slopes flood sooner, a study in Water Resources Research reports (doi:10.1029/2031WR041122).\n\n' +
      'Tamsin Orowe-Lund, the study\'s first author, said the rivers responded within hours.\n';
    expect(articlesOf(text)[0]!.authors.map((p) => p.family)).toEqual(['Orowe-Lund']);
  });
});

describe('a quote attributed in the sentence after the DOI is no title (round 31)', () => {
  const lead = head('Sea ice thins from below') + 'Sea ice in the Laptev Sea is thinning from below, oceanographer Maren Tostrup-Ade and colleagues report in The Cryosphere (doi: 10.5194/tc-25-1402-2031). ';
  it.each([
    ['"X said"', '"The warm water reached the ice two months earlier than it used to," Tostrup-Ade said.'],
    ['"said X"', '"The warm water reached the ice two months earlier than it used to," said Dr. Tostrup-Ade.'],
    ['"she added"', '"The warm water reached the ice two months earlier than it used to," she added.'],
  ])('leaves the title null for %s', (_label, sentence) => {
    const a = articlesOf(lead + sentence + '\n')[0]!;
    expect(a.doi).toBe('10.5194/tc-25-1402-2031');
    expect(a.title).toBeNull();
  });

  it('keeps a quoted title followed by its authors (unchanged)', () => {
    const text = lead + '\n\nThe paper, "Ocean heat flux under thinning Laptev Sea ice," is by Maren Tostrup-Ade and Ilya Brandt.\n';
    expect(articlesOf(text)[0]!.title).toBe('Ocean heat flux under thinning Laptev Sea ice');
  });
});

describe('"Referencia:" and a title with the verb "link" (round 31)', () => {
  const ref = (label: string, title: string): string =>
    head('Los murciélagos dispersan semillas') + '"Sin los murciélagos estos bosques quedarían aislados para siempre", afirmó la bióloga Inés Carvajal-Moor.\n\n' +
    `${label} Carvajal-Moor I, Quispe-Lang R. ${title}. Biotropica. 2031;63(2):410-421. doi:10.1111/btp.13122\n`;
  it.each([
    ['Referencia:', 'Bats link isolated cloud forest patches'],
    ['Referencias:', 'Seed rain from bats across cloud forest patches'],
    ['Reference:', 'Bats link isolated cloud forest patches'],
  ])('reads the whole reference after %s', (label, title) => {
    const a = articlesOf(ref(label, title))[0]!;
    expect([a.title, a.journal, a.authors.map((p) => p.family)]).toEqual([title, 'Biotropica', ['Carvajal-Moor', 'Quispe-Lang']]);
    expect(speakersOf(ref(label, title), 'txt')[0]![0]).toBe('Inés Carvajal-Moor');
  });
});

describe('an APA chapter "In A & B (Eds.), Book (pp. …)" is no paper (round 31)', () => {
  it.each([
    ['(Eds.)', 'In R. Lowe & T. Abara (Eds.), The Cambridge Companion to Fen Drainage (pp. 45-71). Cambridge University Press.'],
    ['(Ed.)', 'In R. Lowe (Ed.), The Cambridge Companion to Fen Drainage (pp. 45-71). Cambridge University Press.'],
  ])('reports no paper for a chapter with %s', (_label, tail) => {
    const text = head('Fen drainage reshaped village life, historian shows') + 'A new chapter by a Harwick historian traces how draining the fens changed villages.\n\n' +
      `Orrin, P. (2031). Water and work: fen parishes after the drainage, 1650-1750. ${tail} https://doi.org/10.1017/9781009123456.004\n`;
    expect(articlesOf(text)).toEqual([]);
  });

  it('keeps a journal article in APA (unchanged)', () => {
    const text = head('Fen drainage reshaped village life, historian shows') + 'A new study by a Harwick historian traces how draining the fens changed villages.\n\n' +
      'Orrin, P. (2031). Water and work: fen parishes after the drainage, 1650-1750. Agricultural History Review, 79(1), 45-71. https://doi.org/10.1017/ahr.2031.4\n';
    const a = articlesOf(text)[0]!;
    expect([a.doi, a.journal, a.pages]).toEqual(['10.1017/ahr.2031.4', 'Agricultural History Review', '45-71']);
  });
});
