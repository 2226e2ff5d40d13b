import { describe, expect, it } from 'vitest';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const HEADLINE = 'Otters return to a restored salt marsh within two years';
const LEAD =
  'Eurasian otters began hunting in a tidal marsh two years after its sea wall was breached, ecologists at the Fenmouth Wetland Trust report in the journal Ecological Solutions and Evidence.';

describe('companies, funders, museums and newsletters (eighteenth round)', () => {
  it("steps over a zoo's or garden's name over its unit, joined by an ampersand", () => {
    const text = `MEDIA RELEASE\n\nFenmouth Zoo & Wetland Gardens\nField Ecology Unit\n\nFOR IMMEDIATE RELEASE – 9 June 2031\n\n${HEADLINE}\n\n${LEAD}`;
    expect(facts(text)).toMatchObject({ headline: HEADLINE, datePublished: '2031-06-09' });
  });

  it("steps over an agency's name over its motto and a plural section label", () => {
    const text = `National Institutes of Health\nResearch That Serves Us All\n\nNews Releases\n\nEmbargoed for release: Monday, June 9, 2031, 4:00 p.m. EDT\n\n${HEADLINE}\n\n${LEAD}`;
    expect(facts(text).headline).toBe(HEADLINE);
    expect(facts(text).embargo).toMatch(/^2031-06-09T16:00/);
  });

  it("steps over a company's letterhead over its stock listing", () => {
    const text = `Fenmouth Biologics Inc.\nTSX: FNB | OTCQX: FNBBF\n\n${HEADLINE}\n\nHALIFAX, Nova Scotia, June 9, 2031 /CNW/ - ${LEAD}`;
    expect(facts(text)).toMatchObject({ headline: HEADLINE, datePublished: '2031-06-09', dateline: 'HALIFAX, Nova Scotia' });
    expect(facts(`(NASDAQ: FNBX)\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it("refuses a newsletter's browser link, issue line and contents label", () => {
    const text = `View this email in your browser\n\nMARSH NOTES — Issue 42 — June 2031\n\nIN THIS ISSUE\n\n${HEADLINE.toUpperCase()}\n\n${LEAD}`;
    expect(facts(text).headline).toBe(HEADLINE.toUpperCase());
    expect(facts(`Having trouble viewing this email? View it online\n\nVol. 7, No. 3 | Summer 2031\n\n${HEADLINE}\n\n${LEAD}`).headline).toBe(HEADLINE);
  });

  it("refuses a disclosure wire's header line and its date line with a slash", () => {
    const head = `EQS-News: Fenmouth Bio AG / Key word(s): Study results\n${HEADLINE}\n\n09.06.2031 / 08:00 CET/CEST\nThe issuer is solely responsible for the content of this announcement.`;
    const text = `${head}\n\n${HEADLINE}\n\nHAMBURG, Germany – June 9, 2031 – ${LEAD}`;
    expect(facts(text)).toMatchObject({ headline: HEADLINE, datePublished: '2031-06-09', dateline: 'HAMBURG, Germany' });
  });

  it('reads a wire and its date in one bracket after the place', () => {
    const text = `${HEADLINE}\n\nHalifax, Nova Scotia--(Newsfile Corp. - June 9, 2031) - ${LEAD}`;
    expect(facts(text)).toMatchObject({ datePublished: '2031-06-09', dateline: 'Halifax, Nova Scotia' });
  });

  it('reads a dateline of place, wire and date set apart by slashes', () => {
    const text = `${HEADLINE}\n\nPORTLAND, ME / ACCESS Newswire / June 9, 2031 / ${LEAD}`;
    expect(facts(text)).toMatchObject({ datePublished: '2031-06-09', dateline: 'PORTLAND, ME' });
  });

  it("refuses a wire's date line with a time and its source after a pipe", () => {
    const text = `June 9, 2031 08:00 ET | Source: Fenmouth Biologics Inc.\n\n${HEADLINE}\n\nHALIFAX, Nova Scotia, June 9, 2031 (GLOBE NEWSWIRE) -- ${LEAD}`;
    expect(facts(text)).toMatchObject({ headline: HEADLINE, datePublished: '2031-06-09', dateline: 'HALIFAX, Nova Scotia' });
  });

  it("steps over a facility's name heading over a section label", () => {
    const text = `# Fenmouth Field Station\n\n**Marsh news**\n\n## ${HEADLINE}\n\n${LEAD}`;
    expect(facts(text, 'x.md').headline).toBe(HEADLINE);
  });

  it('keeps a headline with a slash and a lead that names a zoo', () => {
    expect(facts(`Heat / drought stress doubles in marsh birds\n\n${LEAD}`).headline).toBe('Heat / drought stress doubles in marsh birds');
    expect(facts(`Fenmouth Zoo Welcomes Twin Otter Cubs\n\n${LEAD}`).headline).toBe('Fenmouth Zoo Welcomes Twin Otter Cubs');
  });
});
