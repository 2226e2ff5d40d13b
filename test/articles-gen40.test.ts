import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const head = (title: string): string => `${title}\n\nOctober 4, 2044\n\n`;

describe('a comma-only Vancouver reference: names, title and journal between bare commas (round 40)', () => {
  it.each([
    ['three names and an AGU article number', 'Quarshie T, Lindvall-Oduro M, Pereira-Noh B', ['Quarshie', 'Lindvall-Oduro', 'Pereira-Noh'], ', Geophysical Research Letters, 71, e2044GL108812 (2044).', ['71', 'e2044GL108812']],
    ['two names and page numbers', 'Quarshie T, van der Meulen MJ', ['Quarshie', 'van der Meulen'], ', Geophysical Research Letters, 71, 4410-4422 (2044).', ['71', '4410-4422']],
  ])('reads the names, title and journal with %s', (_label, names, families, tail, numbers) => {
    const text =
      head('Glacier dust darkens Himalayan snow earlier each spring') +
      `Dust reached the snowline three weeks earlier than in 2010.\n\nREFERENCE:\n${names}, Earlier spring dust deposition on Himalayan snowfields${tail}\nhttps://doi.org/10.1029/2044GL108812\n`;
    const a = articlesOf(text)[0]!;
    expect(a.doi).toBe('10.1029/2044GL108812');
    expect(a.title).toBe('Earlier spring dust deposition on Himalayan snowfields');
    expect(a.authors.map((p) => p.family)).toEqual(families);
    expect(a.journal).toBe('Geophysical Research Letters');
    expect([a.volume, a.pages, a.year]).toEqual([...numbers, 2044]);
  });

  it('still reads a Vancouver reference with full stops (unchanged)', () => {
    const text =
      head('Glacier dust darkens Himalayan snow earlier each spring') +
      'Dust reached the snowline three weeks earlier than in 2010.\n\nReference:\nQuarshie T, Lindvall-Oduro M. Earlier spring dust deposition on Himalayan snowfields. Geophys Res Lett. 2044;71:e2044GL108812. doi:10.1029/2044GL108812\n';
    const a = articlesOf(text)[0]!;
    expect(a.title).toBe('Earlier spring dust deposition on Himalayan snowfields');
    expect(a.authors.map((p) => p.family)).toEqual(['Quarshie', 'Lindvall-Oduro']);
  });

  it('gives no authors from a title whose opening items are not names (unchanged)', () => {
    const text =
      head('Glacier dust darkens Himalayan snow earlier each spring') +
      'Dust reached the snowline three weeks earlier than in 2010.\n\nReference:\nEarlier spring dust deposition on Himalayan snowfields, Geophysical Research Letters, 71, 4410-4422 (2044).\nhttps://doi.org/10.1029/2044GL108812\n';
    const a = articlesOf(text)[0]!;
    expect(a.title).toBe('Earlier spring dust deposition on Himalayan snowfields');
    expect(a.authors).toEqual([]);
  });
});

describe('a "Correspondence:" or "Research letter:" label over a Vancouver reference (round 40)', () => {
  it.each([['Correspondence:'], ['Research letter:'], ['Letter:']])('reads the title and every name under %s', (label) => {
    const text =
      head('Doctors call for lower heat-alert thresholds for the very old') +
      `Admissions rose below the alert level.\n\n${label}\nAlbrektsen-Moe S, Quaye D, Tveit-Nakamura R. Heat alerts for the very old: set the bar lower. Lancet 2044; 414: 902-03.\nDOI: 10.1016/S0140-6736(44)01187-2\n`;
    const a = articlesOf(text)[0]!;
    expect(a.doi).toBe('10.1016/S0140-6736(44)01187-2');
    expect(a.title).toBe('Heat alerts for the very old: set the bar lower');
    expect(a.authors.map((p) => p.family)).toEqual(['Albrektsen-Moe', 'Quaye', 'Tveit-Nakamura']);
  });
});
