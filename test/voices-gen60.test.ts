import { describe, expect, it } from 'vitest';
import { contactsOf, recordOf, speakersOf } from './support/invented.js';

const names = (text: string, fmt: 'md' | 'txt' | 'html' = 'md'): (string | null)[] => speakersOf(text, fmt).map(([s]) => s);

describe('Icelandic, Swedish and Swahili reporting verbs after a quote (round 60)', () => {
  const isHead = '# Krían snýr aftur\n\nAkureyri, 5. maí 2061 – Texti um kríur við ströndina.\n\n';
  const svHead = '# Tärnorna kommer tillbaka\n\nUppsala, 5 maj 2061. Text om tärnor vid kusten.\n\n';
  const enHead = '# Terns return to the coast\n\nArusha, Tanzania, 5 May 2061 – Text about terns on the coast.\n\n';
  it.each([
    [`${isHead}„Kríurnar verpa nú tveimur vikum fyrr en fyrir tuttugu árum,“ segir Sólveig Björk Ragnarsdóttir.\n`, 'Sólveig Björk Ragnarsdóttir'],
    [`${isHead}„Kríurnar verpa nú tveimur vikum fyrr en fyrir tuttugu árum,“ sagði Ásgeir Þór Pálsson.\n`, 'Ásgeir Þór Pálsson'],
    [`${isHead}„Kríurnar verpa nú tveimur vikum fyrr en fyrir tuttugu árum,“ bætir Ásgeir Þór Pálsson við.\n`, 'Ásgeir Þór Pálsson'],
    [`${svHead}”Tärnorna häckar nu två veckor tidigare än för tjugo år sedan”, menar Lovisa Enqvist.\n`, 'Lovisa Enqvist'],
    [`${svHead}”Tärnorna häckar nu två veckor tidigare än för tjugo år sedan”, förklarar Lovisa Enqvist.\n`, 'Lovisa Enqvist'],
    [`${svHead}”Tärnorna häckar nu två veckor tidigare än för tjugo år sedan”, konstaterar Lovisa Enqvist.\n`, 'Lovisa Enqvist'],
    [`${enHead}"Ndege hawa wanarudi mapema kuliko miaka ishirini iliyopita," alisema Prof. Zawadi Kimaro.\n`, 'Zawadi Kimaro'],
  ] as const)('gives the quote to its speaker (%#)', (text, who) => {
    expect(names(text)).toEqual([who]);
  });

  it('drops a Swedish definite rank before the fullest name ("Doktoranden X")', () => {
    const text = `${svHead}Doktoranden Hugo Ekström har räknat bon.\n\n”Vi hittade fler bon på de yttersta skären än någon väntat”, säger Ekström.\n`;
    expect(names(text)).toEqual(['Hugo Ekström']);
  });

  it('still reads a Norwegian "sier X" as before', () => {
    const text = '# Ternene kommer tilbake\n\nTromsø, 5. mai 2061. Tekst om terner.\n\n«Ternene hekker nå to uker tidligere enn for tjue år siden», sier Kari Nordvik.\n';
    expect(names(text)).toEqual(['Kari Nordvik']);
  });
});

describe('an Icelandic date after a day and its dot (round 60)', () => {
  it.each([
    ['Akureyri, 5. maí 2061 – Texti um kríur.', '2061-05-05', 'Akureyri'],
    ['Reykjavík, 17. júní 2061 – Texti um kríur.', '2061-06-17', 'Reykjavík'],
    ['Ísafjörður, 2. nóvember 2061 – Texti um kríur.', '2061-11-02', 'Ísafjörður'],
  ] as const)('reads the date and place (%#)', (line, date, place) => {
    const r = recordOf(`# Krían snýr aftur\n\n${line}\n`, 'md');
    expect([r.release.datePublished, r.release.dateline]).toEqual([date, place]);
  });

  it('still needs the year: a bare "5. maí" names no release date', () => {
    const r = recordOf('# Krían snýr aftur\n\nKríurnar komu 5. maí að ströndinni.\n', 'md');
    expect(r.release.datePublished).toBeNull();
  });
});

describe('Icelandic, Swedish, Swahili and "Issued by" contact blocks (round 60)', () => {
  it('reads the person under "Nánari upplýsingar veitir:" with "Netfang:" and "Sími:"', () => {
    const text = 'Krían snýr aftur\n\nAkureyri, 5. maí 2061 – Texti.\n\nNánari upplýsingar veitir:\nSólveig Björk Ragnarsdóttir, prófessor\nNetfang: sbr@unak.example.is\nSími: 460 8512\n';
    expect(contactsOf(text, 'txt')).toEqual([['Sólveig Björk Ragnarsdóttir', 'sbr@unak.example.is', '460 8512']]);
  });

  it('reads "Frekari upplýsingar veitir:" with a "GSM:" phone', () => {
    const text = 'Krían snýr aftur\n\nAkureyri, 5. maí 2061 – Texti.\n\nFrekari upplýsingar veitir:\nÁsgeir Þór Pálsson\nGSM: 862 1190\nNetfang: atp@unak.example.is\n';
    expect(contactsOf(text, 'txt')).toEqual([['Ásgeir Þór Pálsson', 'atp@unak.example.is', '862 1190']]);
  });

  it('reads a Swedish "För mer information, kontakta:" block', () => {
    const text = '# Tärnorna kommer tillbaka\n\nUppsala, 5 maj 2061. Text.\n\n**För mer information, kontakta:**\nLovisa Enqvist, docent\nTelefon: 018-471 22 90\nE-post: lovisa.enqvist@uu.example.se\n';
    expect(contactsOf(text, 'md')).toEqual([['Lovisa Enqvist', 'lovisa.enqvist@uu.example.se', '018-471 22 90']]);
  });

  it.each([
    ['Issued by:\nCorporate Communications Unit, Sokoine University\nEmail: ccu@sua.example.ac.tz\nTel: +255 23 260 3511\n'],
    ['Imetolewa na:\nKitengo cha Mawasiliano, Chuo Kikuu cha Sokoine\nBarua pepe: ccu@sua.example.ac.tz\nSimu: +255 23 260 3511\n'],
  ] as const)('reads the issuing desk, without a name (%#)', (block) => {
    const text = `Terns return to the coast\n\nArusha, Tanzania, 5 May 2061 – Text about terns.\n\n${block}`;
    expect(contactsOf(text, 'txt')).toEqual([[null, 'ccu@sua.example.ac.tz', '+255 23 260 3511']]);
  });

  it('reads no contact from "issued by" inside a sentence', () => {
    const text = 'Terns return to the coast\n\nArusha, 5 May 2061 – The permits issued by the park service allowed the counts.\n\nMore text about the birds.\n';
    expect(contactsOf(text, 'txt')).toEqual([]);
  });
});
