import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { labelKind } from '../src/parse/sections.js';

/** A release whose reference sits under a label in another language, with its DOI on the next line. */
const release = (label: string, ext: 'md' | 'txt'): string => {
  const body = [
    'Les abeilles aiment les vieux toits',
    '',
    'Lyon, le 9 avril 2039 – Des écologues ont compté 48 espèces d’abeilles sauvages sur les toits végétalisés de la ville, et les toits les plus anciens en accueillaient le plus.',
    '',
    '« Plus le toit est ancien, plus il y a d’espèces, même au centre », explique Inès Caradec-Mbeki, doctorante et première autrice.',
    '',
  ];
  const reference = 'I. Caradec-Mbeki, L. Vautrin et S. Okonjo-Roux, « Roof age and wild bee richness in a river city », Urban Pollinators, vol. 12, p. 88-101, 2039.';
  return ext === 'md'
    ? ['# ' + body[0], ...body.slice(1), `## ${label}`, '', reference, '', 'DOI : 10.5555/upol.2039.0412', ''].join('\n')
    : [...body, `${label}\n${reference}`, '', 'DOI : 10.5555/upol.2039.0412', ''].join('\n');
};

describe('a reference under a French, Spanish, Portuguese or German label', () => {
  it.each([
    ['Référence', 'md'],
    ['Référence', 'txt'],
    ['Référence bibliographique', 'txt'],
    ['Referencia bibliográfica', 'md'],
    ['Referência', 'txt'],
    ['Originalpublikation', 'md'],
  ] as const)('%s (%s)', (label, ext) => {
    const [a] = articlesOf(release(label, ext), ext);
    expect(a!.doi).toBe('10.5555/upol.2039.0412');
    expect(a!.title).toBe('Roof age and wild bee richness in a river city');
    expect(a!.journal).toBe('Urban Pollinators');
    expect(a!.authors.map((p) => p.family)).toEqual(['Caradec-Mbeki', 'Vautrin', 'Okonjo-Roux']);
  });
});

describe('labelKind for European citation labels', () => {
  it.each(['Référence', 'Références :', 'Referencia bibliográfica', 'Referências', 'Riferimento bibliografico', 'Originalpublikation:', 'Artikeln', 'Publikacja'])('%s opens a citation block', (line) => {
    expect(labelKind(line)).toBe('citation');
  });
  it.each(['Fuente: Universidad de Sevilla', 'Quelle', 'Référence à la loi de 1905 dans le débat public'])('%s opens none', (line) => {
    expect(labelKind(line)).toBeNull();
  });
});
