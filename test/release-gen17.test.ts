import { describe, expect, it } from 'vitest';
import { readDateLine } from '../src/text/date-line.js';
import { findDates } from '../src/text/dates.js';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const LEAD2 =
  'The survey team walked the same transects every spring for eleven years and counted every nest they found along the way.';

describe('seventeenth round: Spanish and Portuguese dates inside English releases', () => {
  it('reads "14 de marzo de 2031" and "1º de março de 2031"', () => {
    expect(findDates('Lima, 14 de marzo de 2031.')[0]?.iso).toBe('2031-03-14');
    expect(findDates('Porto Alegre, 1º de março de 2031 –')[0]?.iso).toBe('2031-03-01');
    expect(findDates('el 9 de diciembre del 2030')[0]?.iso).toBe('2030-12-09');
    expect(findDates('em 22 de setembro de 2031')[0]?.iso).toBe('2031-09-22');
  });

  it('leaves a date without a year unread unless asked, and "de" before no month alone', () => {
    expect(findDates('Bogotá, 3 de junio')).toEqual([]);
    expect(findDates('Bogotá, 3 de junio', { allowNoYear: true })[0]?.month).toBe(6);
    expect(findDates('a team of 12 de novo assemblies in 2031')).toEqual([]);
  });

  it('reads a Spanish dateline closed by ".–" with its place in capitals', () => {
    const f = facts(`Andean hummingbirds nest higher as glaciers shrink\n\nQUITO, 14 de marzo de 2031.– Hummingbirds in the Ecuadorian Andes now build their nests about 200 metres higher than three decades ago, biologists report.\n\n${LEAD2}\n`);
    expect(f.datePublished).toBe('2031-03-14');
    expect(f.dateline).toBe('QUITO');
  });

  it('reads a Portuguese dateline before a dash', () => {
    const f = facts(`River dolphins return to a restored stretch of the Tapajós\n\nBelém, 7 de abril de 2031 – River dolphins have returned to a stretch of the Tapajós where gold dredging stopped five years ago, researchers report.\n\n${LEAD2}\n`);
    expect(f.datePublished).toBe('2031-04-07');
    expect(f.dateline).toBe('Belém');
  });
});

describe('seventeenth round: a year first with an unpadded month or day', () => {
  it('reads "2031-3-14" as a date line', () => {
    const f = facts(`Fjord seals dive deeper in warm summers\n\n2031-3-9\n\nHarbour seals in western Norway dive deeper to feed in warm summers, a tagging study finds.\n\n${LEAD2}\n`);
    expect(f.datePublished).toBe('2031-03-09');
  });

  it('does not read a date inside a longer run of numbers', () => {
    expect(findDates('call 0031-3-14-22', { numeric: true })).toEqual([]);
    expect(findDates('item 12031-3-14', { numeric: true })).toEqual([]);
    expect(findDates('version 2031-3-14.2', { numeric: true })).toEqual([]);
  });
});

describe('seventeenth round: headlines that ask a question', () => {
  it('keeps a question headline under an office name and release label', () => {
    const f = facts(`AARHUS UNIVERSITY\nPress release\n\nDo wild bees avoid fields sprayed the week before?\n\n12.5.2031\n\nWild bees visit freshly sprayed fields less often for up to nine days, a Danish field study shows.\n\n${LEAD2}\n`);
    expect(f.headline).toBe('Do wild bees avoid fields sprayed the week before?');
    expect(f.datePublished).toBe('2031-05-12');
  });
});

describe('seventeenth round: a headline printed again in the office\'s own language', () => {
  it('keeps the English line and drops the translation under it', () => {
    const f = facts(`Old olive groves store more soil carbon than young orchards\nEski zeytinliklerde toprak karbonu genç bahçelerden fazladır\n\nIzmir, 2031/05/14\n\nOlive groves older than a century hold a third more carbon in their soil than young orchards, agronomists report.\n\n${LEAD2}\n`);
    expect(f.headline).toBe('Old olive groves store more soil carbon than young orchards');
  });

  it('drops a translation wholly in brackets', () => {
    const f = facts(`Desert locust swarms follow the rains by satellite\n(Los enjambres de langosta siguen las lluvias vistos por satélite)\n\nMADRID, 14 de mayo de 2031.– Swarms of desert locusts track the rains across the Sahel, satellite records show.\n\n${LEAD2}\n`);
    expect(f.headline).toBe('Desert locust swarms follow the rains by satellite');
  });

  it('still joins an English headline wrapped over two lines', () => {
    const f = facts(`Bacteria in glacier ice survive for centuries in the\ndark and cold of the Karakoram\n\nScientists revived bacteria from ice cores drilled in the Karakoram mountains, a study reports.\n\n${LEAD2}\n`);
    expect(f.headline).toBe('Bacteria in glacier ice survive for centuries in the dark and cold of the Karakoram');
  });
});

describe('seventeenth round: the new date patterns stay linear on hostile input', () => {
  it('reads a megabyte of near-dates quickly', () => {
    const t0 = Date.now();
    findDates('1 de '.repeat(200_000) + 'x', { numeric: true });
    findDates('14 de marzo de '.repeat(70_000), { numeric: true });
    findDates('2031-3-'.repeat(150_000), { numeric: true });
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('seventeenth round: a news page\'s row of fields around its date', () => {
  it('reads the date of "Source: … | date time | Editor: …"', () => {
    const f = facts(`Chinese team grows rice on saline tidal flats\n\nSource: Xinhua| 2031-05-20 09:41:03|Editor: Zhou Lan\n\nSHANGHAI, May 20 (Xinhua) -- Rice bred for salty soil has given a full harvest on reclaimed tidal flats near Shanghai, agronomists said Tuesday.\n\n${LEAD2}\n`);
    expect(f.datePublished).toBe('2031-05-20');
    expect(f.dateline).toBe('SHANGHAI');
  });

  it('reads the row as a date line, but not a row whose first field is no page field', () => {
    expect(readDateLine('Source: Xinhua | 2031-05-20 09:41:03 | Editor: Zhou Lan')?.date.iso).toBe('2031-05-20');
    expect(readDateLine('Editor: Zhou Lan | 20 May 2031')?.date.iso).toBe('2031-05-20');
    expect(readDateLine('Funding: Rice Trust | 2031-05-20 | Editor: Zhou Lan')).toBeNull();
    expect(readDateLine('Source: Xinhua 2031-05-20 Editor: Zhou Lan')).toBeNull();
  });
});

describe('seventeenth round: Israeli and Gulf datelines', () => {
  it('reads "Tel Aviv" as a place, not a phone label', () => {
    const f = facts(`Desert snails seal their shells against summer heat\n\nTel Aviv, May 3rd 2031 – Snails in the Negev seal their shells with a chalky lid that keeps them moist through the summer, zoologists report.\n\n${LEAD2}\n`);
    expect(f.dateline).toBe('Tel Aviv');
    expect(f.datePublished).toBe('2031-05-03');
  });

  it('still refuses a phone line as a place', () => {
    const f = facts(`Desert snails seal their shells against summer heat\n\nSnails in the Negev seal their shells with a chalky lid that keeps them moist through the summer, zoologists report.\n\n${LEAD2}\n\nTel: +972 3 640 0000\n`);
    expect(f.dateline).toBeNull();
  });

  it('reads the date between a colon and a dash ("Dubai, UAE: 14 March 2031 –")', () => {
    const f = facts(`Falcons navigate sandstorms by the sun\n\nAbu Dhabi, UAE: 9 April 2031 – Falcons fitted with tiny trackers kept their course through sandstorms by the sun, biologists report.\n\n${LEAD2}\n`);
    expect(f.dateline).toBe('Abu Dhabi, UAE');
    expect(f.datePublished).toBe('2031-04-09');
  });

  it('leaves a number after a city\'s colon that is no date alone', () => {
    const f = facts(`Falcons navigate sandstorms by the sun\n\nABU DHABI: 14 falcons fitted with tiny trackers kept their course through sandstorms by the sun, biologists report.\n\n${LEAD2}\n`);
    expect(f.datePublished).toBeNull();
  });
});
