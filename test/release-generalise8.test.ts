import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const HEADLINE = 'Moss carpets cool city rooftops by four degrees';
const LEAD =
  'Rooftops planted with a thin carpet of moss stayed up to four degrees cooler on summer afternoons than bare roofs, engineers at the Linden Institute of Urban Climate report in the journal Building and Environment.';

describe('names and page chrome over the headline (eighth round)', () => {
  it('steps over an institution with its acronym in brackets', () => {
    expect(facts(`Linden Institute of Urban Climate (LIUC)\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
    expect(facts(`Institute for Applied Botany (IAB)\nPRESS RELEASE\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it('steps over a short institution name without a site word, a union or a corporation', () => {
    expect(facts(`Natural History Museum of Norway\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
    expect(facts(`European Botanical Union\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it('steps over a name in two languages and two institutions of a joint release', () => {
    expect(facts(`University of Waikōwhai | Te Whare Wānanga o Waikōwhai\n\nNews | 3 May 2031\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
    expect(facts(`Urban Greening Research Corporation\nDepartment of Housing, Planning and Heritage\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it("steps over a journal's name over a headline in sentence case", () => {
    expect(facts(`JAMA Pediatrics\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it('refuses a skip link, a wire provider line, a cookie bar and a numbered label', () => {
    expect(facts(`Skip to main content\nNews provided by Linden Biotech\nMay 3, 2031, 09:00 ET\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
    expect(facts(`Accept cookies | Manage preferences\n\n${HEADLINE}\n\n3 May 2031\n\n${LEAD}`).headline).toBe(HEADLINE);
    expect(facts(`Linden Centre for Urban Climate Research\n\nPress release 22/2031\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it("steps over a site's masthead of two lines over a stacked label block", () => {
    const text = `wissenschaft aktuell - Nachrichtendienst\nNachrichten, Termine, Experten\n\nPress release\nLinden Institute of Urban Climate\nAnna Beispiel Communications\n\n${HEADLINE}\n\n${LEAD}`;
    expect(facts(text).headline).toBe(HEADLINE);
  });

  it('keeps a short title-case headline over a sentence-case deck', () => {
    const text = `Moss Cools Rooftops\n\nThin green carpets keep city roofs cooler on summer afternoons\n\n${LEAD}`;
    expect(facts(text).headline).toBe('Moss Cools Rooftops');
  });
});

describe('names taken for the place of a date line (eighth round)', () => {
  it("refuses a journal's name before a pipe", () => {
    const f = facts(`# ${HEADLINE}\n\n**PLOS Biology** | 3 May 2031\n\n${LEAD}`);
    expect(f.dateline).toBeNull();
    expect(f.datePublished).toBe('2031-05-03');
    expect(facts(`${HEADLINE}\n\nPLOS ONE | Peer-reviewed; Experimental study; Plants\n\n${LEAD} The study appears in PLOS ONE.`).dateline).toBeNull();
  });

  it("refuses an office's name before a bullet and a release label, an acronym before a city and a label cut from a name", () => {
    expect(facts(`# ${HEADLINE}\n\n**LINDEN** · Press release · 3 May 2031\n\n${LEAD}`).dateline).toBeNull();
    expect(facts(`${HEADLINE}\n\nUCT Cape Town\nSaturday 3 May 2031\n\n${LEAD}`).dateline).toBeNull();
    const f = facts(`ABC News Service Weekly Digest: May 03, 2031\n\n${HEADLINE}\n\n${LEAD}`);
    expect(f.dateline).toBeNull();
    expect(f.datePublished).toBe('2031-05-03');
  });

  it("reads a town of one word after an institution's name and a bullet", () => {
    const f = facts(`# ${HEADLINE}\n\n**Linden University · Ballarat · 3 May 2031**\n\n${LEAD}`);
    expect(f.dateline).toBe('Ballarat');
    expect(f.datePublished).toBe('2031-05-03');
    expect(facts(`# ${HEADLINE}\n\n**Linden University · Jane Roe · 3 May 2031**\n\n${LEAD}`).dateline).toBeNull();
  });
});

describe("a page's metadata line with the date among names and labels (eighth round)", () => {
  it('reads the date between pipes, bullets, a dash or after a label', () => {
    expect(facts(`# ${HEADLINE}\n\n**Campus News** | May 3, 2031 | Linden University\n\n${LEAD}`).datePublished).toBe('2031-05-03');
    expect(facts(`# ${HEADLINE}\n\n*Linden University · Urban Studies · 3 May 2031 · by Ruth Okafor*\n\n${LEAD}`).datePublished).toBe('2031-05-03');
    expect(facts(`# ${HEADLINE}\n\n*Linden Institute of Urban Climate (LIUC) — 3 May 2031*\n\n${LEAD}`).datePublished).toBe('2031-05-03');
    expect(facts(`${HEADLINE}\n\nPress release from Linden University, 3 May 2031\n\n${LEAD}`).datePublished).toBe('2031-05-03');
    expect(facts(`# ${HEADLINE}\n\n*Source: Office of Research Affairs, Linden University | Date: 2031-05-03 | Views: 2,310*\n\n${LEAD}`).datePublished).toBe('2031-05-03');
  });

  it("leaves an event's date and a deck's sentence alone", () => {
    expect(facts(`# ${HEADLINE}\n\n*Open day · Linden University · 3 May 2031*\n\nThe roof garden opens to visitors on 3 May 2031 as part of the open day.`).datePublished).toBeNull();
    expect(facts(`# ${HEADLINE}\n\nThe moss survey ended last week, 3 May 2031\n\nRooftop moss carpets were measured by volunteers across the city.`).datePublished).toBeNull();
  });
});
