import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf } from './support/invented.js';

const names = (text: string, fmt: 'md' | 'txt' | 'html' = 'md'): (string | null)[] => speakersOf(text, fmt).map(([s]) => s);

describe('Spanish and Portuguese reporting verbs and "Según X," (round 57)', () => {
  const es = '# Pingüinos cambian su ruta de pesca\n\n**Ushuaia, 2 de mayo de 2055.–** Texto sobre pingüinos que cambian su ruta.\n\n';
  const pt = '# Golfinhos voltam ao estuário do Sado\n\n**Setúbal, 2 de maio de 2055 –** Texto sobre golfinhos no estuário.\n\n';
  it.each([
    [es, '«Los pingüinos nadan cuarenta kilómetros más lejos que hace una década», completó Sofía Arregui Bravo, bióloga marina.', 'Sofía Arregui Bravo'],
    [es, '«Los pingüinos nadan cuarenta kilómetros más lejos que hace una década», subrayó Sofía Arregui.', 'Sofía Arregui'],
    [es, 'Según Sofía Arregui, «los pingüinos nadan cuarenta kilómetros más lejos que hace una década».', 'Sofía Arregui'],
    [pt, '"Os golfinhos regressaram ao estuário depois de vinte anos de ausência", refere Tiago Lobo Antunes, biólogo.', 'Tiago Lobo Antunes'],
    [pt, '"Os golfinhos regressaram ao estuário depois de vinte anos de ausência", acrescenta Tiago Antunes.', 'Tiago Antunes'],
    [pt, '"Os golfinhos regressaram ao estuário depois de vinte anos de ausência", sublinhou Tiago Antunes.', 'Tiago Antunes'],
  ] as const)('gives the quote to its speaker (%#)', (head, line, who) => {
    expect(names(`${head}${line}\n`)).toEqual([who]);
  });

  it('still gives no speaker to a quote with no verb and no name', () => {
    expect(names(`${es}«Los pingüinos nadan cuarenta kilómetros más lejos que hace una década».\n`)).toEqual([]);
  });
});

describe('a date line with the office\'s acronym in brackets (round 57)', () => {
  it.each([
    ['**Córdoba, 2 de mayo de 2055 (UNC).–** Texto de apertura.', '2055-05-02', 'Córdoba'],
    ['**Córdoba, 2 de mayo de 2055.–** Texto de apertura.', '2055-05-02', 'Córdoba'],
  ] as const)('reads the date and place (%#)', (lead, date, place) => {
    const r = recordOf(`# Un título\n\n${lead}\n`, 'md').release;
    expect([r.datePublished, r.dateline]).toEqual([date, place]);
  });
});

describe('Spanish and Portuguese contact labels (round 57)', () => {
  const head = '# Um título\n\n**Braga, 2 de maio de 2055 –** Texto de abertura.\n\n';
  it.each([
    ['**Contactos para a imprensa:**\nGabinete de Comunicação | imprensa@uminho.example.pt | +351 253 600 000\n', [null, 'imprensa@uminho.example.pt', '+351 253 600 000']],
    ['**Contactos:**\nMarta Pires, Gabinete de Comunicação | marta.pires@uminho.example.pt | 253 600 123\n', ['Marta Pires', 'marta.pires@uminho.example.pt', '253 600 123']],
    ['**Contacto:** Prensa UNC – prensa@unc.example.ar – 0351 433-4000\n', [null, 'prensa@unc.example.ar', '0351 433-4000']],
  ] as const)('reads the desk or person under the label (%#)', (block, want) => {
    expect(contactsOf(`${head}${block}`, 'md')).toEqual([want]);
  });

  it('reads no contact from a line that only mentions contacts', () => {
    expect(contactsOf(`${head}Os contactos entre as duas espécies são raros no estuário.\n`, 'md')).toEqual([]);
  });
});

describe('two press officers offered together, each with their own address (round 57)', () => {
  const head = 'A title\n\nGLASGOW, 2 May 2055 — Lead text.\n\n';
  const both = [
    ['Morven Kidd', 'morven.kidd@gla.example.ac.uk', '0141 330 1111'],
    ['Ross Baird', 'ross.baird@gla.example.ac.uk', '0141 330 1111'],
  ];
  it.each([
    ['For more information contact Morven Kidd or Ross Baird in the Communications Office on 0141 330 1111 or email morven.kidd@gla.example.ac.uk or ross.baird@gla.example.ac.uk'],
    ['For more information contact Morven Kidd (morven.kidd@gla.example.ac.uk) or Ross Baird (ross.baird@gla.example.ac.uk) in the Communications Office on 0141 330 1111.'],
  ] as const)('gives each their own email and both the phone (%#)', (line) => {
    expect(contactsOf(`${head}${line}\n`, 'txt')).toEqual(both);
  });

  it('still shares one desk address between the two', () => {
    expect(contactsOf(`${head}For more information contact Morven Kidd or Ross Baird in the Communications Office on 0141 330 1111 or email media@gla.example.ac.uk\n`, 'txt')).toEqual([
      ['Morven Kidd', 'media@gla.example.ac.uk', '0141 330 1111'],
      ['Ross Baird', 'media@gla.example.ac.uk', '0141 330 1111'],
    ]);
  });
});
