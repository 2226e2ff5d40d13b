import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const enHead = '# Kelp forests cool coastal bays in summer\n\nMarch 30, 2061\n\nHALIFAX — Dense kelp lowers summer water temperature in shallow bays, a new study reports.\n\n' +
  '"We measured almost two degrees of cooling under the thickest canopy on the hottest days," said Noor Achterhof-Banda.\n\n';
const enTail = '\n\nDOI: 10.1002/lno.13377\n';

describe('a bare title between "The article" and "is published in" (round 59)', () => {
  it.each([
    ['has been published in', 'The article Kelp canopy shading lowers summer temperatures in shallow temperate bays has been published in Limnology and Oceanography.'],
    ['scientific article … in the journal', 'The scientific article Kelp canopy shading lowers summer temperatures in shallow temperate bays is published in the journal Limnology and Oceanography.'],
  ])('reads the title after %s', (_case, sentence) => {
    const a = articlesOf(enHead + sentence + enTail)[0]!;
    expect(a.doi).toBe('10.1002/lno.13377');
    expect(a.title).toBe('Kelp canopy shading lowers summer temperatures in shallow temperate bays');
    expect(a.journal).toBe('Limnology and Oceanography');
  });

  it('reads the authors after "… and was written by"', () => {
    const a = articlesOf(enHead + 'The scientific article Kelp canopy shading lowers summer temperatures in shallow temperate bays is published in the journal Limnology and Oceanography and was written by Noor Achterhof-Banda, Lars Vinter and Ama Quaye.' + enTail)[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Achterhof-Banda', 'Vinter', 'Quaye']);
  });

  it('reads no title from a clause between the noun and the verb (must not change)', () => {
    const a = articlesOf(enHead + 'The study Noor Achterhof-Banda and her students ran over four summers was published in Limnology and Oceanography.' + enTail)[0];
    expect(a?.title ?? null).toBeNull();
  });
});

const esHead = '# Algas pardas enfrían las bahías del sur\n\nValparaíso, 30 de marzo de 2061.– Un equipo midió el efecto de los bosques de algas sobre la temperatura del agua.\n\n' +
  '"Bajo el dosel más denso el agua estaba casi dos grados más fría en los días de calor", dijo la investigadora Catalina Fuentes Aravena.\n\n';

describe('Spanish "titulado" and "cuyos autores son" around a quoted title (round 59)', () => {
  it('reads the title after "El estudio, titulado"', () => {
    const a = articlesOf(esHead + 'El estudio, titulado "Kelp canopy shading lowers summer temperatures in Chilean bays", fue publicado en la revista Limnology and Oceanography.' + enTail)[0]!;
    expect(a.title).toBe('Kelp canopy shading lowers summer temperatures in Chilean bays');
    expect(a.journal).toBe('Limnology and Oceanography');
  });

  it('reads the title and the authors of "cuyos autores son A, B y C"', () => {
    const a = articlesOf(esHead + 'El artículo "Kelp canopy shading lowers summer temperatures in Chilean bays", cuyos autores son Catalina Fuentes Aravena, Diego Lillo y Ana Mora, fue publicado en la revista Limnology and Oceanography.' + enTail)[0]!;
    expect(a.title).toBe('Kelp canopy shading lowers summer temperatures in Chilean bays');
    expect(a.authors.map((p) => `${p.given} ${p.family}`)).toEqual(['Catalina Fuentes Aravena', 'Diego Lillo', 'Ana Mora']);
  });

  it('keeps the quote and its speaker (must not change)', () => {
    expect(speakersOf(esHead + enTail).map((x) => x[0])).toEqual(['Catalina Fuentes Aravena']);
  });
});

describe('Indonesian "dipublikasikan di jurnal X" (round 59)', () => {
  const idHead = '# Peneliti Kembangkan Sensor Tanah Murah\n\nDepok, 30 Maret 2061 – Tim peneliti mengembangkan sensor tanah murah untuk petani.\n\n';
  it.each([
    ['dipublikasikan di jurnal', 'Hasil penelitian telah dipublikasikan di jurnal Geoderma dengan judul "Low-cost capacitive sensors for smallholder soil moisture monitoring".', 'Geoderma'],
    ['diterbitkan dalam jurnal, with a section after a colon', 'Penelitian ini diterbitkan dalam jurnal Sensors and Actuators A: Physical dengan judul "Low-cost capacitive sensors for smallholder soil moisture monitoring".', 'Sensors and Actuators A: Physical'],
  ])('reads the journal after %s', (_case, sentence, journal) => {
    const a = articlesOf(idHead + sentence + '\n\nDOI: 10.1016/j.geoderma.2061.117001\n')[0]!;
    expect(a.doi).toBe('10.1016/j.geoderma.2061.117001');
    expect(a.journal).toBe(journal);
    expect(a.title).toBe('Low-cost capacitive sensors for smallholder soil moisture monitoring');
  });
});

describe('"More information is available from X at … or Y, … on …" offers contacts (round 59)', () => {
  const body = '# Old wheat survives drought\n\n10 March 2061\n\nNOTTINGHAM — An old wheat keeps its yield in dry years.\n\nEnds\n\n';
  it('reads the researcher and the press officer', () => {
    const c = contactsOf(body + 'More information is available from Professor Ada Brennan at ada.brennan@example.ac.uk or Tom Ruddick, Media Relations Manager, on +44 115 555 0102 or tom.ruddick@example.ac.uk\n');
    expect(c.map((x) => x[1])).toEqual(['ada.brennan@example.ac.uk', 'tom.ruddick@example.ac.uk']);
    expect(c[1]![0]).toBe('Tom Ruddick');
    expect(c[1]![2]).toBe('+44 115 555 0102');
  });

  it('reads no contact from "more information is available from" a website (must not change)', () => {
    expect(contactsOf(body + 'More information is available from the project website at www.example.org/wheat-2061.\n')).toEqual([]);
  });
});

describe('a "X Now" masthead over a title-case headline (round 59)', () => {
  it('reads the headline under the masthead', () => {
    const r = recordOf('Tufts Now\n\nDogs Calm Cats In Shared Homes, Study Finds\n\nMEDFORD, Mass. (March 6, 2061) — Cats living with dogs are calmer.\n\nDOI: 10.1177/1098612X611102\n');
    expect(r.release.headline).toBe('Dogs Calm Cats In Shared Homes, Study Finds');
  });
});
