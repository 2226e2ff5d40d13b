/**
 * Releases hard-wrapped at 72 columns (e-mailed releases, `fold -s`): a contact sentence broken
 * before its address, a Markdown link whose target a wrap broke, and a long address cut inside
 * its DOI. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf } from './support/invented.js';

/** Nine lines of body copy wrapped at 72 columns, so the release reads as hard-wrapped. */
const BODY = `Marine ecologists have found that kelp forests along the southern coast
recover within four years of a marine heatwave when sea urchin numbers
are kept low by predators, according to a survey of 140 reefs that was
carried out by divers between 2024 and 2030 at sites spread across more
than 900 kilometres of coastline and that compared grazed with ungrazed
plots in every season of the year, including the stormy winter months.

Where predators such as lobsters and sheephead had been fished out, the
urchins stripped the reefs bare within months of the heatwave and kept
them bare, the team reports, while protected reefs nearby grew back.`;

describe('a contact sentence wrapped before its address', () => {
  const cases: Array<[string, string, Array<[string | null, string | null, string | null]>]> = [
    [
      'after "at"',
      `${BODY}\n\nReporters who would like to interview the lead author may contact\nMereana Taufa, Ph.D., a reef ecologist at the Southern Reef Institute, at\nm.taufa@reefs.example.org.\n`,
      [['Mereana Taufa', 'm.taufa@reefs.example.org', null]],
    ],
    [
      'after "or"',
      `${BODY}\n\nFor interviews with the divers, please contact Jonas Ekdahl, who led the\nsurvey's winter fieldwork on the outer reefs, at +46 31 555 0142 or\nj.ekdahl@marine.example.se.\n`,
      [['Jonas Ekdahl', 'j.ekdahl@marine.example.se', '+46 31 555 0142']],
    ],
  ];
  it.each(cases)('%s', (_what, text, expected) => {
    expect(contactsOf(text, 'txt')).toEqual(expected);
  });

  it('keeps a contact block whose address stands on a line of its own', () => {
    const text = `${BODY}\n\nMedia contact:\nPriya Raman, Communications Officer, Coastal Research Institute\npriya.raman@coastal.example.org\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Priya Raman', 'priya.raman@coastal.example.org', null]]);
  });
});

describe('DOIs that a wrap broke', () => {
  it('reads a Markdown link left unparsed by a wrap inside its target as the DOI of its text', () => {
    const text = `${BODY}\n\nThe paper is "Urchin grazing sets the pace of kelp recovery," by Mereana\nTaufa and Jonas Ekdahl (doi:\n[10.1016/j.marenv.2031.04.017](https://doi.org/10.1016/j.marenv.2031\n.04.017)). It appears in Marine Environmental Research (2031).\n`;
    expect(articlesOf(text, 'md').map((a) => a.doi)).toEqual(['10.1016/j.marenv.2031.04.017']);
  });

  it('drops the part of a DOI that a wrap cut from a long address when the release prints the DOI whole', () => {
    const text = `${BODY}\n\nThe article will be live at the embargo time at this address:\nhttps://journals.example.org/marine-ecology/fullarticle/10.5555/marec\nol.2031.0417\n\nThe study appears in Marine Ecology Letters (doi:10.5555/marecol.2031.0417).\n`;
    expect(articlesOf(text).map((a) => a.doi)).toEqual(['10.5555/marecol.2031.0417']);
  });

  it('keeps two DOIs when the shorter is no cut copy of the longer', () => {
    const text = `${BODY}\n\nThe study appears in Marine Ecology Letters (doi:10.5555/marecol.2031.04).\nA companion paper appears in Marine Ecology Letters\n(doi:10.5555/marecol.2031.0417).\n`;
    expect(articlesOf(text).map((a) => a.doi)).toEqual(['10.5555/marecol.2031.04', '10.5555/marecol.2031.0417']);
  });
});
