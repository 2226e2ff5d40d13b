import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const names = (text: string, fmt: 'md' | 'txt' | 'html' = 'md'): (string | null)[] => speakersOf(text, fmt).map(([s]) => s);

describe('Dutch separable speech verbs after a quote (round 55)', () => {
  const head = '# Mollen graven dieper in droge zomers\n\nGENT, 4 maart 2054 – Tekst over mollen die drie zomers lang zijn gevolgd.\n\n';
  const first = '„Een mol die geen wormen vindt, graaft gewoon een verdieping lager”, zegt prof. Hanne Goossens van de vakgroep Biologie.\n\n';
  it.each([
    ['„Dat hadden we op basis van de bodemtemperatuur nooit voorspeld”, vult onderzoeker Wout Claes aan.', 'Wout Claes'],
    ['„De gangen bleven zelfs in augustus vochtig onder de graszoden”, legt dr. Wout Claes uit.', 'Wout Claes'],
    ['„Ook jonge mollen volgden hetzelfde patroon van hun moeder”, voegt Wout Claes toe.', 'Wout Claes'],
  ] as const)('gives the quote to the person between the verb and its particle (%#)', (line, who) => {
    expect(names(`${head}${first}${line}\n`)).toEqual(['Hanne Goossens', who]);
  });

  it('keeps no particle as the speaker\'s role', () => {
    const r = recordOf(`${head}${first}„Dat hadden we op basis van de bodemtemperatuur nooit voorspeld”, vult Wout Claes aan.\n`, 'md');
    expect(r.quotes[1]?.role ?? null).toBeNull();
  });

  it('leaves an ordinary "zegt X" unchanged', () => {
    expect(names(`${head}${first}`)).toEqual(['Hanne Goossens']);
  });
});

describe('a Spanish or Portuguese "bibliographic reference" label over a Vancouver reference (round 55)', () => {
  const DOI = '10.1016/j.jas.2054.105811';
  const body = 'Mendoza, 4 de marzo de 2054 - Texto sobre cerámicas halladas en la precordillera.\n\n';
  it.each([
    ['Referencia bibliográfica:'],
    ['Referencias bibliográficas:'],
    ['Referência bibliográfica:'],
  ] as const)('reads title, journal and every author, accented ones too (%s)', (label) => {
    const text = `Hallan cerámicas de 3000 años en Mendoza\n\n${body}${label}\nAlbornoz R, Ibáñez P, Sosa T. Early pottery of the Andean piedmont. Journal of Archaeological Science 171: 105811 (2054). DOI: ${DOI}\n`;
    const [a] = articlesOf(text, 'txt');
    expect(a?.doi).toBe(DOI);
    expect(a?.title).toBe('Early pottery of the Andean piedmont');
    expect(a?.journal).toBe('Journal of Archaeological Science');
    expect(a?.authors.map((p) => p.family)).toEqual(['Albornoz', 'Ibáñez', 'Sosa']);
  });
});

describe('labelled number rows and numbers after a journal beside a linked DOI (round 55)', () => {
  it('reads the article number of a "Volume: …, Issue: …, Article: …" row', () => {
    const text = 'Corals glow brighter after heat waves\n\nOkinawa, Japan, March 4, 2054 - Text of the lead.\n\nPublication details\nTitle: Fluorescent proteins rise in heat-stressed reef corals\nAuthors: Rina Okada, Sho Tamura\nJournal: Science Advances\nVolume: 40, Issue: 9, Article: eadr7702 (2054)\nDOI: 10.1126/sciadv.adr7702\n';
    const [a] = articlesOf(text, 'txt');
    expect([a?.volume, a?.issue, a?.pages, a?.year]).toEqual(['40', '9', 'eadr7702', 2054]);
  });

  it.each([
    ['<em>Genetics Selection Evolution</em> 86: 41 (2054).', ['86', null, '41', 2054]],
    ['<em>Animal Genetics</em> 85(3): 310–322 (2054).', ['85', '3', '310-322', 2054]],
  ] as const)('reads volume, pages and year after the journal when the DOI is only a link (%#)', (cite, want) => {
    const text = `<html><body><h1>Camels cope with drought by slowing their gut</h1><p>ADDIS ABABA, Ethiopia, 4 March 2054 – Text of the lead.</p><p>The paper, <a href="https://doi.org/10.1186/s12711-054-00101-z">“Gut transit time lengthens in drought-stressed camels”</a>, appears in ${cite}</p></body></html>`;
    const [a] = articlesOf(text, 'html');
    expect(a?.doi).toBe('10.1186/s12711-054-00101-z');
    expect([a?.volume, a?.issue, a?.pages, a?.year]).toEqual(want);
  });

  it('still gives the contacts of a several-person UNICEF-style list', () => {
    const text = '# Title of a report on school meals\n\nNAIROBI, 4 March 2054 – Text.\n\n**For more information, please contact:**\n\nAmina Wekesa, UNICEF Nairobi, Tel: +254 20 555 0171, awekesa@unicef.example.org\n\nPaolo Ricci, UNICEF Geneva, Tel: +41 79 555 0133, pricci@unicef.example.org\n';
    expect(contactsOf(text, 'md')).toEqual([
      ['Amina Wekesa', 'awekesa@unicef.example.org', '+254 20 555 0171'],
      ['Paolo Ricci', 'pricci@unicef.example.org', '+41 79 555 0133'],
    ]);
  });
});
