import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf } from './support/invented.js';

describe('contacts: office words in Spanish and Portuguese are no names (round 20b)', () => {
  it('keeps the person after a Spanish office line', () => {
    const text = '# Páramo frogs call at dawn\n\nContact: Oficina de Prensa, Lucía Cárdenas Mora, prensa@upandina.example.edu.co\n';
    expect(contactsOf(text)).toEqual([['Lucía Cárdenas Mora', 'prensa@upandina.example.edu.co', null]]);
  });

  it('reads an office line without a person as a desk', () => {
    const text = 'Páramo frogs call at dawn\n\nPress contact: Oficina de Comunicaciones, prensa@upandina.example.edu.co, +57 601 555 2210\n';
    expect(contactsOf(text, 'txt')).toEqual([[null, 'prensa@upandina.example.edu.co', '+57 601 555 2210']]);
  });

  it('reads a label printed in two languages', () => {
    const text =
      '# Páramo frogs call at dawn\n\n**Contato para imprensa / Press contact:** Rafael Nogueira Prado, Assessoria de Comunicação, rafael.prado@ufsul.example.br, +55 51 5555 3321\n';
    const record = recordOf(text, 'md');
    expect(record.contacts.map((c) => [c.name, c.email, c.phone])).toEqual([['Rafael Nogueira Prado', 'rafael.prado@ufsul.example.br', '+55 51 5555 3321']]);
    expect(record.contacts[0]!.organization).toBe('Assessoria de Comunicação');
  });
});

describe('contacts: a lab blog offers its coordinator (round 20b)', () => {
  it('reads "Questions about this post:" and a role in lower case before the name', () => {
    const text = '# Our drones count flamingos\n\nQuestions about this post: field manager Amina Njeri Wambui, a.wambui@birdlab.example.ac.ke\n';
    expect(contactsOf(text)).toEqual([['Amina Njeri Wambui', 'a.wambui@birdlab.example.ac.ke', null]]);
  });

  it('reads "questions about this post go to" in a sentence for reporters', () => {
    const text =
      '# Our drones count flamingos\n\nReporters: questions about this post go to our lab manager Otieno Barasa, o.barasa@birdlab.example.ac.ke, +254 20 555 0187.\n';
    expect(contactsOf(text)).toEqual([['Otieno Barasa', 'o.barasa@birdlab.example.ac.ke', '+254 20 555 0187']]);
  });

  it('does not read "go to" outside a question about the press', () => {
    const text = '# Our drones count flamingos\n\nThe proceeds go to the reserve, +254 20 555 0187.\n';
    expect(contactsOf(text)).toEqual([]);
  });
});

describe('phones: a book line holds no phone (round 20b)', () => {
  it('skips a year then a page count, and an ISBN', () => {
    const text =
      'A history of the Otago goldfields\n\nDunedin, 4 May 2031\n\nGold and Gravel, by Tama Ruawai. Southern Light Press, 2031. 412 pp. ISBN 978-0-473-55120-9.\n\nReview copies: Kiri Paewai, publicity@southernlight.example.nz, 03 555 7720\n';
    expect(contactsOf(text, 'txt')).toEqual([['Kiri Paewai', 'publicity@southernlight.example.nz', '03 555 7720']]);
  });
});

describe('speakers: the Spanish title "Don" (round 20b)', () => {
  it('drops "Don" before a given name and two family names', () => {
    const text =
      '# Quinoa growers keep old seed\n\nDon Aurelio Mamani Quispe, who farms near Puno, kept the seed. "My father chose these seeds for the frost and I still plant them," Don Aurelio said.\n';
    const record = recordOf(text, 'md');
    expect(record.quotes.map((q) => q.speaker)).toEqual(['Aurelio Mamani Quispe']);
  });

  it('keeps "Don" as the English given name', () => {
    const text = '# Bridges in the cold\n\n"The steel behaved exactly as the model said it would," said Don Hughes, an engineer at the firm.\n';
    const record = recordOf(text, 'md');
    expect(record.quotes.map((q) => q.speaker)).toEqual(['Don Hughes']);
  });
});
