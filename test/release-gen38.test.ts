import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEADLINE = 'Lichen crusts slow erosion on desert slopes';
const QUOTE = '"A thin living crust holds the sand in place better than any fence we tried," said Dr. Tamsin Oduya-Berglund.';

describe('authors named before "as … author" (round 38)', () => {
  it.each([
    [
      'This research, in which Dr. Hae-won Cho and Ph.D. candidate Seung-ho Baek of the Department of Civil and Environmental Engineering participated as co-first authors, was published in Geoderma under the title "Biocrust cover and runoff on arid hillslopes" (DOI: 10.1016/j.geoderma.2036.116902).',
      '10.1016/j.geoderma.2036.116902',
      [['Hae-won', 'Cho'], ['Seung-ho', 'Baek']],
    ],
    [
      'The study, in which master\'s student Yuna Takeda took part as the first author, appears in Catena (DOI: 10.1016/j.catena.2036.108811).',
      '10.1016/j.catena.2036.108811',
      [['Yuna', 'Takeda']],
    ],
    [
      'The results were published in the journal Geomorphology (DOI: 10.1016/j.geomorph.2036.109377), with Lorenz Achterberg-Oyelaran as first author.',
      '10.1016/j.geomorph.2036.109377',
      [['Lorenz', 'Achterberg-Oyelaran']],
    ],
  ])('reads the names: %j', (sentence, doi, names) => {
    const text = `${HEADLINE}\n\n12 May 2036\n\n${sentence}\n\n${QUOTE}`;
    const a = articlesOf(text, 'txt')[0]!;
    expect(a.doi).toBe(doi);
    expect(a.authors.map((p) => [p.given, p.family])).toEqual(names);
    expect(speakersOf(text, 'txt')).toEqual([['Tamsin Oduya-Berglund', 'A thin living crust hold']]);
  });

  it.each([
    ['a role that is not an author', 'The findings, in which the regional water board participated as a partner, were published in Geoderma (DOI: 10.1016/j.geoderma.2036.116903).'],
    ['"as" with a job, not a role', 'The paper was published in Geoderma (DOI: 10.1016/j.geoderma.2036.116904), with Dr. Ana Ferreira-Kolb as project coordinator.'],
  ])('names no author for %s', (_name, sentence) => {
    const text = `${HEADLINE}\n\n12 May 2036\n\n${sentence}`;
    expect(articlesOf(text, 'txt')[0]!.authors).toEqual([]);
  });
});

describe('a "Send email" mailto link under a "Contact Press / Media" heading (round 38)', () => {
  const page = (heading: string, link: string): string =>
    `<html><body><h1>${HEADLINE}</h1><p>May 12, 2036</p><p>${QUOTE.replace(/"/g, '&quot;')}</p><div class="contact"><h3>${heading}</h3><p>Ottilie Brandstätter-Ng</p><p>Communications</p><p>Phone +49 721 555-4410</p><p>${link}</p></div></body></html>`;

  it.each([
    ['Contact Press / Media', '<a href="mailto:o.brandstaetter@ikt.example.de">Send email</a>'],
    ['Press contact', '<a href="mailto:o.brandstaetter@ikt.example.de">E-mail</a>'],
    ['Contact Press / Media', '<a href="mailto:o.brandstaetter@ikt.example.de">Write an e-mail</a>'],
  ])('gives the person the address: %s, %s', (heading, link) => {
    expect(contactsOf(page(heading, link), 'html')).toEqual([['Ottilie Brandstätter-Ng', 'o.brandstaetter@ikt.example.de', '+49 721 555-4410']]);
  });

  it('leaves an address printed as the link text as it was', () => {
    const link = '<a href="mailto:o.brandstaetter@ikt.example.de">o.brandstaetter@ikt.example.de</a>';
    expect(contactsOf(page('Press contact', link), 'html')).toEqual([['Ottilie Brandstätter-Ng', 'o.brandstaetter@ikt.example.de', '+49 721 555-4410']]);
  });
});

describe('an "Issued by:" line under a "Read the paper" link (round 38)', () => {
  it('is no paper title', () => {
    const html = `<html><body><h1>${HEADLINE}</h1><p>12 May 2036</p><p>The findings are published in the journal Catena.</p><p><a href="https://doi.org/10.1016/j.catena.2036.108812">Read the paper</a></p><p><strong>Issued by: Communication and Marketing Department</strong></p><p>Zanele Khumalo-Brandt<br>Tel: (021) 555 0101<br>Email: zanele@uni.example.za</p></body></html>`;
    const a = articlesOf(html, 'html')[0]!;
    expect(a.doi).toBe('10.1016/j.catena.2036.108812');
    expect(a.title).toBeNull();
  });

  it('still reads a title on its own line under "Original publication"', () => {
    const text = `${HEADLINE}\n\n12 May 2036\n\nThe study appears in Catena.\n\nOriginal publication\n\nBiocrust recovery after grazing exclusion in semi-arid rangelands\n\nDOI: 10.1016/j.catena.2036.108813`;
    expect(articlesOf(text, 'txt')[0]!.title).toBe('Biocrust recovery after grazing exclusion in semi-arid rangelands');
  });
});

describe('heads of round 38, already read', () => {
  it('reads an ACS embargo in Eastern time and its WASHINGTON dateline', () => {
    const text = `EMBARGOED FOR RELEASE: Wednesday, Oct. 8, 2036, 8 a.m. Eastern time\n\n${HEADLINE}\n\nWASHINGTON, Oct. 8, 2036 — Crusts of lichen cut soil loss by half, researchers report in ACS Earth and Space Chemistry.\n\n${QUOTE}`;
    const r = recordOf(text, 'txt').release;
    expect(r.embargo).toMatch(/^2036-10-08T08:00/);
    expect(r.datePublished).toBe('2036-10-08');
    expect(r.dateline).toBe('WASHINGTON');
  });
});
