import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const CONTACT = 'Media contact: Wilhelmina Okafor-Strand, w.okafor@reefnews.example.org, +44 20 7555 0388';
const QUOTE = '"The young coral settled on the printed tiles within a week of spawning," said Dr. Leopold Achterberg-Nwosu, who led the trials.';

describe('an article number of three or four small letters and up to six digits is read as pages (round 53)', () => {
  const release = (citation: string): string =>
    `# Printed tiles help young coral settle\n\nMarine biologists report that coral larvae settle faster on 3D-printed tiles.\n\n${QUOTE}\n\n${citation}\n\n${CONTACT}\n`;

  it.each([
    ['Achterberg-Nwosu L, Marsh T. Coral settlement on printed substrates. J Exp Biol. 2037;241(3):jeb248120. DOI: 10.1242/jeb.248120', '10.1242/jeb.248120', '241', '3', 'jeb248120'],
    ['Achterberg-Nwosu L. Larval choice of printed tiles. Development. 2037;164(8):dev204517. DOI: 10.1242/dev.204517', '10.1242/dev.204517', '164', '8', 'dev204517'],
    ['Achterberg-Nwosu L. Tile texture and coral recruits. Nucleic Acids Res. 2037;65(2):gkab1234. DOI: 10.1093/nar/gkab1234', '10.1093/nar/gkab1234', '65', '2', 'gkab1234'],
  ])('reads "%s"', (citation, doi, volume, issue, pages) => {
    const text = release(citation);
    const a = articlesOf(text, 'md')[0]!;
    expect(a.doi).toBe(doi);
    expect(a.volume).toBe(volume);
    expect(a.issue).toBe(issue);
    expect(a.pages).toBe(pages);
    expect(a.year).toBe(2037);
    expect(speakersOf(text, 'md')).toEqual([['Leopold Achterberg-Nwosu', 'The young coral settled ']]);
    expect(contactsOf(text, 'md')[0]).toEqual(['Wilhelmina Okafor-Strand', 'w.okafor@reefnews.example.org', '+44 20 7555 0388']);
    expect(recordOf(text, 'md').release.headline).toBe('Printed tiles help young coral settle');
  });

  it.each([
    // A plain page range is read as before.
    ['Achterberg-Nwosu L. Coral on tiles. Coral Reefs. 2037;56(1):112-124. DOI: 10.1007/s00338-037-02611-4', '56', '1', '112-124'],
    // Seven digits after the letters are no article number of this kind: the citation's numbers are not read, as before.
    ['Achterberg-Nwosu L. Coral on tiles. J Exp Biol. 2037;241(3):jeb2481203. DOI: 10.1242/jeb.2481203', null, null, null],
  ])('keeps "%s" as before', (citation, volume, issue, pages) => {
    const a = articlesOf(release(citation), 'md')[0]!;
    expect(a.volume).toBe(volume);
    expect(a.issue).toBe(issue);
    expect(a.pages).toBe(pages);
  });
});
