import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';

const quotes = (text: string) => convert(text, { path: 'x.txt' }).record.quotes.map((q) => [q.speaker, q.text.slice(0, 24)]);

describe('a relation in the possessive before the name ("said her father, Yusuf.")', () => {
  it('gives the quote to the name after the comma', () => {
    const q = quotes(
      'Implant helps toddlers walk\n\nSurgeons fitted the implant in nine children.\n\n"He climbs the stairs on his own now, every single morning," said his mother, Leyla.\n',
    );
    expect(q).toEqual([['Leyla', 'He climbs the stairs on ']]);
  });

  it('keeps a full name after the relation', () => {
    const q = quotes('Farm trial ends\n\n"We planted the new rows in April and they all came up," said her husband, Tomas Ferreira.\n');
    expect(q).toEqual([['Tomas Ferreira', 'We planted the new rows ']]);
  });
});

describe('a pronoun after a sentence that opens on a common word', () => {
  it('does not count "Fixed" as a second person beside the one named', () => {
    const q = quotes(
      'Shift rotas and sleep\n\nThe trial of a fixed rota was run by Dr. Anneli Voss of Northgate University.\n\nRotas are usually shared out. Fixed rotas can be fair as well if staff pick them, according to Voss.\n\n"Nobody was forced onto nights, and everyone slept better for it," she said.\n\nVoss A, Lund T. Fixed and rotating night shifts in nurses. Sleep Health 2032.\n',
    );
    expect(q).toEqual([['Anneli Voss', 'Nobody was forced onto n']]);
  });
});

describe('a pronoun after a person named by one word and an appositive', () => {
  it('resolves "she" to the first name opening the sentence before', () => {
    const q = quotes(
      'Flood study\n\nRivers rose across the region in 2029.\n\nMarisol, a farmer from the Andes Mountains whose fields were flooded twice, said warnings came too late. "We heard about the water from the neighbours, not the radio," she said.\n',
    );
    expect(q).toEqual([['Marisol', 'We heard about the water']]);
  });

  it('reads a panel as a body, not a person, before "she said"', () => {
    const q = quotes(
      'Seagrass survey\n\nDame Alison Merrow, chair of the National Coastal Restoration Panel, called the survey timely. "We finally know how much we have lost along the coast," she said.\n',
    );
    expect(q).toEqual([['Alison Merrow', 'We finally know how much']]);
  });
});

describe('an ecclesiastical title after "Rev."', () => {
  it('drops "Canon" from the speaker', () => {
    const q = quotes('Chaplaincy study\n\n"Hope has to be honest, or it is not hope at all," said the Rev. Canon Peter Aldous, hospital chaplain.\n');
    expect(q).toEqual([['Peter Aldous', 'Hope has to be honest, o']]);
  });
});
