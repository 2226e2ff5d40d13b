import { describe, expect, it } from 'vitest';
import { speakersOf } from './support/invented.js';

const head = '# Heat-pump rebates reach rural homes, figures show\n\n26 August 2031\n\nHousehold spending on energy fell in the year to June, new figures show.\n\n';

describe('speakers: an office after "the", then the name after a comma', () => {
  it('gives the quote to the minister named after "said the Minister for Energy,"', () => {
    const text = `${head}"Our rebate scheme is reaching the households that need it most," said the Minister for Energy, Thabo Ndlovu-Carter.\n`;
    expect(speakersOf(text)).toEqual([['Thabo Ndlovu-Carter', 'Our rebate scheme is rea']]);
  });

  it('reads an office with its field first ("the Energy Minister") as no unnamed official', () => {
    const text = `${head}"Rural families will feel the difference before the winter," said the Energy Minister, Thabo Ndlovu-Carter.\n`;
    expect(speakersOf(text)).toEqual([['Thabo Ndlovu-Carter', 'Rural families will feel']]);
  });

  it('drops "the Hon." and "MP" around the name and keeps the office as the role', () => {
    const text = `${head}"Rural families will feel the difference before the winter," said the Minister for Energy, the Hon. Thabo Ndlovu-Carter MP.\n`;
    const q = speakersOf(text);
    expect(q).toEqual([['Thabo Ndlovu-Carter', 'Rural families will feel']]);
  });

  it('reads a body in the possessive and a long office before the name', () => {
    const text = `${head}"The figures are the clearest sign yet that the scheme works," said the Agency's Director of Household Energy and Welfare, Dr. Lindiwe Osei-Marsh.\n`;
    expect(speakersOf(text)).toEqual([['Lindiwe Osei-Marsh', 'The figures are the clea']]);
  });

  it('reads a statement heading "Statement from the Minister for X, Hon. Name MP:" before the quote', () => {
    const text = `${head}Statement from the Minister for Energy, Hon. Thabo Ndlovu-Carter MP: "These figures show that the rebate is reaching the right homes."\n`;
    expect(speakersOf(text)).toEqual([['Thabo Ndlovu-Carter', 'These figures show that ']]);
  });

  it('still gives no speaker when no name follows the office', () => {
    const text = `${head}"These figures show that the rebate is reaching the right homes," said the Minister for Energy, adding that more was to come.\n`;
    expect(speakersOf(text).map((q) => q[0])).not.toContain('Minister');
  });
});

describe('speakers: extension services', () => {
  it('reads "4-H" as part of the role words before the name', () => {
    const text = `${head}"Check every lamb for a full belly within six hours of birth," said 4-H youth development educator Marisol Trevino-Albright.\n`;
    expect(speakersOf(text)).toEqual([['Marisol Trevino-Albright', 'Check every lamb for a f']]);
  });
});

describe('speakers: prizes, awards and the heads of bodies', () => {
  const prize = '# Soil scientist wins the 2031 Kestrel Prize\n\n30 January 2031\n\nThe Kestrel Foundation today named its prize winner.\n\n';

  it('gives the quote to the name after "the head of the X Foundation,"', () => {
    const text = `${prize}"Every one of this year's nominees would have been a worthy winner," said the head of the Kestrel Foundation, Orlaith Brennan-Sato.\n`;
    expect(speakersOf(text)).toEqual([['Orlaith Brennan-Sato', "Every one of this year's"]]);
  });

  it('gives the quote to the name after "the winner of the 2031 X Prize,"', () => {
    const text = `${prize}"The prize belongs to the farmers who let us dig up their fields," said the winner of the 2031 Kestrel Prize, Dr. Tendai Mukwashi.\n`;
    expect(speakersOf(text)).toEqual([['Tendai Mukwashi', 'The prize belongs to the']]);
  });

  it('gives the quote to the name after "this year\'s laureate," and after "the X Prize\'s 2031 winner,"', () => {
    const a = `${prize}"The prize belongs to the farmers who let us dig up their fields," said this year's laureate, Tendai Mukwashi.\n`;
    const b = `${prize}"The prize belongs to the farmers who let us dig up their fields," said the Kestrel Prize's 2031 winner, Tendai Mukwashi.\n`;
    expect(speakersOf(a)).toEqual([['Tendai Mukwashi', 'The prize belongs to the']]);
    expect(speakersOf(b)).toEqual([['Tendai Mukwashi', 'The prize belongs to the']]);
  });

  it('does not give a group\'s quote to the first of the names listed after it', () => {
    const text = `${prize}"The prize belongs to the farmers who let us dig up their fields," said the authors of the Lancet paper, Tendai Mukwashi and Ewa Lindgren.\n`;
    expect(speakersOf(text).map((q) => q[0])).not.toContain('Tendai Mukwashi');
  });
});
