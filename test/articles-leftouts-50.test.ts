import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const release = (paper: string): string =>
  '# Hedgehogs return to city allotments\n\n' +
  '**LEEDS, 2 June 2055** – Hedgehog numbers on allotments have tripled in a decade where plot holders cut gaps in fences, a survey finds.\n\n' +
  '"A hole the size of a CD is all they need," said Dr. Orla Whitcombe-Nair, who ran the survey.\n\n' +
  `${paper}\n\n` +
  '**Contact:** Kit Amadi, press officer, k.amadi@leeds.example.ac.uk\n';

describe('left-out article misses of round 50', () => {
  it('reads an APA reference after "The study appears in Journal:" whole, with a journal name holding "di"', () => {
    const a = articlesOf(release('The study appears in Rivista di Zoologia Urbana: Whitcombe-Nair, O., Ferrante, G., & Lund, M. (2055). Fence gaps and hedgehog recovery on allotments. Rivista di Zoologia Urbana, 18(2), 77–94. https://doi.org/10.5555/rzu.2055.0112'))[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Whitcombe-Nair', 'Ferrante', 'Lund']);
    expect(a.journal).toBe('Rivista di Zoologia Urbana');
  });

  it.each([
    ['the reference\'s full name over the lead\'s acronym', 'The study was published in *PNAS*: Whitcombe-Nair, O., & Lund, M. (2055). Fence gaps and hedgehog recovery on allotments. *Proceedings of the National Academy of Sciences*, 152(4), e2055011. https://doi.org/10.1073/pnas.2055011', 'Proceedings of the National Academy of Sciences'],
    ['the lead\'s full name over a Vancouver abbreviation (unchanged)', 'The research appears in the Journal of Urban Ecology: Whitcombe-Nair O, Lund M. Fence gaps and hedgehog recovery on allotments. J Urban Ecol. 2055;11(1):juac012. doi:10.1093/jue/juac012', 'Journal of Urban Ecology'],
  ])('takes %s', (_label, paper, journal) => {
    const a = articlesOf(release(paper as string))[0]!;
    expect(a.journal).toBe(journal);
    expect(a.authors.map((p) => p.family)).toEqual(['Whitcombe-Nair', 'Lund']);
  });

  it('reads the journal of a ScienceDirect line "Journal: *Name*, Volume …, Pages …" with no title, not "Pages"', () => {
    const a = articlesOf(release('The paper, "Fence gaps and hedgehog recovery on allotments", was written by Orla Whitcombe-Nair and Mads Lund.\n\nJournal: *Urban Forestry & Urban Greening*, Volume 98, Issue 3, June 2055, Pages 128–140. DOI: 10.1016/j.ufug.2055.128140'))[0]!;
    expect(a.journal).toBe('Urban Forestry & Urban Greening');
    expect([a.volume, a.issue, a.pages]).toEqual(['98', '3', '128-140']);
  });

  it('keeps a journal line with neither DOI nor pages out of the paper (unchanged)', () => {
    const a = articlesOf(release('The findings were presented at the Mammal Society Conference 2055 in the talk "Fence gaps and hedgehog recovery on allotments".\n\nMammal Review, Volume 45, Supplement 2, June 2055.'))[0];
    expect(a?.journal ?? null).not.toBe('Mammal Review');
  });

  it('reads an ASA reference whose later names are initials first ("Roe, T., R. Lim and P. Ito. 2055.")', () => {
    const a = articlesOf(release('The paper: Whitcombe-Nair, O., R. Ferrante and M. J. Lund. 2055. Fence gaps and hedgehog recovery on allotments. *Urban Ecosystems* 28:2 (2055), 45–60. doi: 10.1007/s11252-055-0145-6'))[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Whitcombe-Nair', 'Ferrante', 'Lund']);
    expect(a.title).toBe('Fence gaps and hedgehog recovery on allotments');
  });
});

describe('abbreviated journal words "Mar.", "Prog.", "Ser.", "Conf." go on with the name', () => {
  it('ends a question title at its mark before "Mar. Ecol. Prog. Ser."', () => {
    const a = articlesOf(release('Whitcombe-Nair, O., & Lund, M. (2055). Do fence gaps bring hedgehogs back to city allotments? Mar. Ecol. Prog. Ser. 712, 45–60. https://doi.org/10.3354/meps14512'))[0]!;
    expect(a.title).toBe('Do fence gaps bring hedgehogs back to city allotments?');
    expect(a.journal).toBe('Mar Ecol Prog Ser');
    expect(a.volume).toBe('712');
  });

  it('still reads a month before a day as no part of a journal (unchanged)', () => {
    const a = articlesOf(release('Whitcombe-Nair O, Lund M. Fence gaps and hedgehog recovery on allotments. Urban Ecosyst. 2055 Mar 4;28(2):45-60. doi:10.1007/s11252-055-0145-6'))[0]!;
    expect(a.journal).toBe('Urban Ecosyst');
    expect(a.year).toBe(2055);
  });
});
