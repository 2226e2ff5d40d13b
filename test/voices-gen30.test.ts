import { describe, expect, it } from 'vitest';
import { contactsOf, speakersOf } from './support/invented.js';

const HEAD = 'Moss mats slow snowmelt on alpine slopes\n\n';

describe('accented reporting verbs in French, German and Spanish releases (round 30)', () => {
  it.each([
    ['« Les tapis de mousse retardent la fonte de plusieurs semaines au printemps », a déclaré Solène Marchal-Diop.', 'Solène Marchal-Diop'],
    ['« Nous avons mesuré la neige chaque matin pendant trois hivers entiers », a ajouté Bastien Leroux-Amara, co-auteur.', 'Bastien Leroux-Amara'],
    ['„Unter dem Moos bleibt der Schnee bis in den Juni hinein liegen“, erklärt Dr. Hanna Wetterich-Oduya.', 'Hanna Wetterich-Oduya'],
    ['"El musgo guarda el frío del invierno durante varias semanas más", afirmó Rocío Albarrán-Pike.', 'Rocío Albarrán-Pike'],
    ['"Medimos la nieve cada mañana durante tres inviernos completos", explicó Tomás Ibarra-Lund.', 'Tomás Ibarra-Lund'],
  ] as const)('gives %j to its speaker', (para, speaker) => {
    expect(speakersOf(`${HEAD}Text of the lead.\n\n${para}`).map(([s]) => s)).toEqual([speaker]);
  });

  it('reads a name after "vom Institut" as the name alone, and drops a German role before it', () => {
    const text = `${HEAD}Text of the lead.\n\n„Unter dem Moos bleibt der Schnee bis in den Juni hinein liegen“, erklärt Prof. Dr. Hanna Wetterich-Oduya vom Institut für Geographie.\n\n„Wir haben den Schnee drei Winter lang jeden Morgen gemessen“, sagt Erstautorin Greta Lindholm-Achebe.`;
    expect(speakersOf(text).map(([s]) => s)).toEqual(['Hanna Wetterich-Oduya', 'Greta Lindholm-Achebe']);
  });

  it('keeps a family name with a particle ("von der Heide") whole', () => {
    const text = `${HEAD}Text of the lead.\n\n„Unter dem Moos bleibt der Schnee bis in den Juni hinein liegen“, sagt Dr. Jonas von der Heide.`;
    expect(speakersOf(text).map(([s]) => s)).toEqual(['Jonas von der Heide']);
  });
});

describe('a quote after "In his view," or "In her own words:" (round 30)', () => {
  it.each([
    ['Her student, Ezra Moyo-Halvorsen, logged the melt. In his view, "the moss works like a blanket that keeps the cold in rather than out."', 'Ezra Moyo-Halvorsen'],
    ['The plots were laid out by Dr. Ines Varga-Obi. In her own words: "We picked the slopes where the snow had always gone first."', 'Ines Varga-Obi'],
    ['Snow surveys were run by Dr. Ines Varga-Obi. In Varga-Obi\'s view, "nobody had thought to look under the moss before."', 'Ines Varga-Obi'],
  ] as const)('gives the quote of %j to the person named before', (para, speaker) => {
    expect(speakersOf(`${HEAD}Text of the lead.\n\n${para}`).map(([s]) => s)).toEqual([speaker]);
  });

  it('gives no speaker to "In my view," with no one named', () => {
    const q = speakersOf(`${HEAD}Text of the lead.\n\nIn my view, "the moss works like a blanket that keeps the cold in rather than out."`);
    expect(q.filter(([s]) => s !== null)).toEqual([]);
  });
});

describe('a "Mob." line in a contact block (round 30)', () => {
  const BODY = `${HEAD}Text of the lead.\n\n"The moss works like a blanket that keeps the cold in," said Dr. Ines Varga-Obi.\n\n`;

  it('is the same person\'s second number, not a contact of its own', () => {
    const c = contactsOf(`${BODY}Press office\n\nOlwen Prys-Adeyemi, Press Officer\nTel. +44 (0)29 2018 0455\nMob. +44 (0)7700 900 612\no.prys-adeyemi@cardiff-example.ac.uk\n`, 'txt');
    expect(c).toEqual([['Olwen Prys-Adeyemi', 'o.prys-adeyemi@cardiff-example.ac.uk', '+44 (0)29 2018 0455']]);
  });

  it('leaves a "Mobile:" line as it was', () => {
    const c = contactsOf(`${BODY}Press office\n\nOlwen Prys-Adeyemi, Press Officer\nMobile: +44 (0)7700 900 612\no.prys-adeyemi@cardiff-example.ac.uk\n`, 'txt');
    expect(c).toEqual([['Olwen Prys-Adeyemi', 'o.prys-adeyemi@cardiff-example.ac.uk', '+44 (0)7700 900 612']]);
  });
});
