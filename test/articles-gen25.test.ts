import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const head = (lead: string): string => `Sea otters return to a sheltered bay\n\nHARBOUR TOWN, Wash. -- June 3, 2031 -- ${lead}`;

describe('journal names ending in Ecology, Behaviour or Evolution after "a study in" (round 25)', () => {
  it('reads "according to a study in Animal Behaviour" in plain text', () => {
    const a = recordOf(head('Otter pups copy their mothers for longer in calm water, according to a study in Animal Behaviour.')).articles;
    expect(a.map((x) => x.journal)).toEqual(['Animal Behaviour']);
  });

  it('reads "a study in Functional Ecology by biologists at …"', () => {
    const a = recordOf(head('Otters in kelp forests dive deeper, according to a study in Functional Ecology by biologists at Cove College.')).articles;
    expect(a.map((x) => x.journal)).toEqual(['Functional Ecology']);
  });

  it('reads "a new study in Molecular Biology and Evolution"', () => {
    const a = recordOf(head('Otter genomes carry traces of an old bottleneck, a new study in Molecular Biology and Evolution shows.')).articles;
    expect(a.map((x) => x.journal)).toEqual(['Molecular Biology and Evolution']);
  });
});

describe('a "today" that means "nowadays" dates no paper (round 25)', () => {
  const dated = (sentence: string): string => `# Old terraces hold more carbon\n\n**Press release — 27 April 2032**\n\n${sentence}`;

  it('leaves the year null for "than fields farmed today, researchers report in *Geoderma*"', () => {
    const a = recordOf(dated('Old terraces hold more carbon than fields farmed today, soil scientists report in *Geoderma*.'), 'md').articles;
    expect(a[0]?.journal).toBe('Geoderma');
    expect(a[0]?.year).toBeNull();
  });

  it('still takes the release year for "report today in *Geoderma*"', () => {
    const a = recordOf(dated('Old terraces hold more carbon than new fields, soil scientists report today in *Geoderma*.'), 'md').articles;
    expect(a[0]?.year).toBe(2032);
  });
});

describe('a sentence naming the authors beside a publisher URL is no reference (round 25)', () => {
  it('takes no title from "The authors are A, B and C. The full paper is at https://…"', () => {
    const text = head(
      'Otters eat more urchins in warm years, according to a study published this week in the Proceedings of the National Academy of Sciences.\n\nThe authors are Wren Castellanos, Obadiah Finch and Mei-Lin Aronsson. The full paper is at https://www.pnas.org/doi/10.1073/pnas.2319045128.',
    );
    const [a] = recordOf(text).articles;
    expect(a?.doi).toBe('10.1073/pnas.2319045128');
    expect(a?.title).toBeNull();
    expect(a?.authors.map((p) => p.family)).toEqual(['Castellanos', 'Finch', 'Aronsson']);
  });
});

describe('a quoted title followed by "is by A, B and C" (round 25)', () => {
  it('keeps the first name after "is by"', () => {
    const text = head('The preprint, "Kelp canopy height predicts otter pup survival", is by Thandiwe Mokoena-Baard, Pieter Grobbelaar and Nomvula Dlamini (doi:10.1101/2031.03.21.584417).');
    const [a] = recordOf(text).articles;
    expect(a?.title).toBe('Kelp canopy height predicts otter pup survival');
    expect(a?.authors.map((p) => `${p.given} ${p.family}`)).toEqual(['Thandiwe Mokoena-Baard', 'Pieter Grobbelaar', 'Nomvula Dlamini']);
  });
});
