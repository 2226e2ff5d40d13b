import { describe, expect, it } from 'vitest';
import { splitName } from '../src/text/names.js';
import { recordOf } from './support/invented.js';

describe('a Spanish patronymic before "de"/"del" opens the family name', () => {
  it.each([
    ['Lucía Fernández de la Torre', 'Lucía', 'Fernández de la Torre'],
    ['Ana García de la Vega', 'Ana García', 'de la Vega'],
    ['Dr. Tomás Díaz del Castillo', 'Tomás', 'Díaz del Castillo'],
    ['María Teresa Gutierrez de Alba', 'María Teresa', 'Gutierrez de Alba'],
  ])('%s', (raw, given, family) => {
    expect(splitName(raw)).toEqual({ given, family });
  });

  it.each([
    // Given names that end in -iz or -oz open no family name.
    ['María Beatriz de la Fuente', 'María Beatriz', 'de la Fuente'],
    ['Jean-Pierre de la Fontaine', 'Jean-Pierre', 'de la Fontaine'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
  ])('leaves %s as it was', (raw, given, family) => {
    expect(splitName(raw)).toEqual({ given, family });
  });

  it('names the author and the speaker in full in a release', () => {
    const record = recordOf(
      'Night naps cut injuries\n\nThe study, published in Sleep Health, followed 400 nurses.\n\n"We saw a real change in the nurses who napped on the night shift," said study author Dr. Elena Martínez de Soto.\n',
    );
    expect(record.articles[0]?.authors).toEqual([{ given: 'Elena', family: 'Martínez de Soto' }]);
    expect(record.quotes[0]?.speaker).toBe('Elena Martínez de Soto');
  });
});
