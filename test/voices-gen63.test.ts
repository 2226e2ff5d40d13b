import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A short Latvian release whose closing paragraphs are `tail`. */
const latvian = (tail: string): string =>
  [
    'LU biologi atrod retu sūnu Gaujas krastos',
    '',
    'Rīgā, 2039. gada 7. aprīlī – Latvijas Universitātes biologi Gaujas senlejā atraduši sūnu sugu, kas Latvijā nebija reģistrēta piecdesmit gadus.',
    '',
    tail,
    '',
  ].join('\n');

/** A short English release whose closing paragraphs are `tail`. */
const english = (tail: string): string =>
  [
    'Salt marsh grasses store more carbon after a flood year',
    '',
    'GABORONE, 9 March 2039 – Marsh grasses buried more carbon in the year after a flood than in any dry year, a ten-year survey shows.',
    '',
    tail,
    '',
  ].join('\n');

describe('a Latvian date "2039. gada 7. aprīlī" is the release date', () => {
  it.each([
    ['Rīgā, 2039. gada 7. aprīlī – Teksts.', '2039-04-07'],
    ['Rīgā, 2039. gada 21. oktobris – Teksts.', '2039-10-21'],
    ['Rīgā, 2039. gada 3. decembrī – Teksts.', '2039-12-03'],
  ])('%s', (line, iso) => {
    const text = ['Virsraksts par pētījumu Latvijā', '', line, ''].join('\n');
    expect(recordOf(text).release.datePublished).toBe(iso);
  });

  it('does not read "gada" with no month name as a date', () => {
    const text = ['Virsraksts par pētījumu Latvijā', '', 'Rīgā – Pētījums ilga 2039. gada 7. posmā.', ''].join('\n');
    expect(recordOf(text).release.datePublished).toBeNull();
  });
});

describe('Latvian reporting verbs after a quote name the speaker', () => {
  it.each([
    ['„Šī suga ir ļoti jutīga pret ūdens līmeņa izmaiņām upes krastos,” uzsver profesore Dace Liepiņa.', 'Dace Liepiņa'],
    ['„Mēs to meklējām trīs vasaras pēc kārtas un beidzot atradām,” stāsta doktorants Jānis Bērziņš.', 'Jānis Bērziņš'],
    ['„Atradums parāda, cik maz mēs zinām par savām upju ielejām,” piebilda Dr. Inese Kalniņa.', 'Inese Kalniņa'],
  ])('%s', (quote, speaker) => {
    expect(speakersOf(latvian(quote), 'txt').map(([s]) => s)).toEqual([speaker]);
  });
});

describe('Latvian contact labels open a contacts block', () => {
  it.each([
    ['Papildu informācija:\nMārtiņš Krūmiņš\nLU Komunikācijas departaments\nTālr.: +371 6703 4000\nE-pasts: martins.krumins@example.lv', 'Mārtiņš Krūmiņš', 'martins.krumins@example.lv'],
    ['Informāciju sagatavoja: Līga Ozola, LU Komunikācijas departaments, tālr. 67034001, e-pasts: liga.ozola@example.lv', 'Līga Ozola', 'liga.ozola@example.lv'],
  ])('%s', (block, name, email) => {
    const [c] = contactsOf(latvian(block), 'txt');
    expect(c!.slice(0, 2)).toEqual([name, email]);
  });
});

describe('a Latvian publication sentence names the journal', () => {
  it.each([
    ['Pētījums publicēts žurnālā Journal of Bryology. DOI: 10.1080/03736687.2039.1120455', 'Journal of Bryology'],
    ['Raksts publicēts zinātniskajā žurnālā Plant Ecology. DOI: 10.1080/03736687.2039.1120455', 'Plant Ecology'],
  ])('%s', (sentence, journal) => {
    const [a] = articlesOf(latvian(sentence), 'txt');
    expect(a!.doi).toBe('10.1080/03736687.2039.1120455');
    expect(a!.journal).toBe(journal);
  });
});

describe('"X, who co-authored the study" names an author', () => {
  it('reads the co-author before the relative clause', () => {
    const text = english('Dr Tebogo Masire, who co-authored the study, said the flood left a thick layer of silt.\n\nDOI: 10.1002/lno.12811');
    const [a] = articlesOf(text, 'txt');
    expect(a!.doi).toBe('10.1002/lno.12811');
    expect(a!.authors.map((p) => p.family)).toEqual(['Masire']);
  });

  it('does not read someone who only "led the study" as an author', () => {
    const text = english('Dr Tebogo Masire, who led the study, said the flood left a thick layer of silt.\n\nDOI: 10.1002/lno.12811');
    expect(articlesOf(text, 'txt')[0]!.authors).toEqual([]);
  });
});

describe('a quoted title after "under the title" keeps a parenthesis inside the marks', () => {
  it.each([
    ['The findings appear in the journal Wetlands under the title "Flood pulses raise carbon burial in Spartina (cordgrass) marshes". DOI: 10.1007/s13157-039-01822-4', 'Flood pulses raise carbon burial in Spartina (cordgrass) marshes'],
    ['The findings appear in the journal Wetlands under the title Flood pulses raise carbon burial in cordgrass marshes (DOI: 10.1007/s13157-039-01822-4).', 'Flood pulses raise carbon burial in cordgrass marshes'],
  ])('%s', (sentence, title) => {
    const [a] = articlesOf(english(sentence), 'txt');
    expect(a!.doi).toBe('10.1007/s13157-039-01822-4');
    expect(a!.title).toBe(title);
  });
});
