import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const HEADLINE = 'Soil fungi trade phosphorus for carbon at night';
const LEAD =
  'BERGEN, Norway, 4 March 2031 – Fungi living on the roots of birch trees swap phosphorus for sugar mostly after dark, researchers at two universities report in New Phytologist.';

describe("a joint release's label that names its partners above the headline (round 23)", () => {
  it('steps over "Joint press release of X and Y" on its own line', () => {
    const r = recordOf(`Joint press release of the University of Bergen and Umeå University\n\n${HEADLINE}\n\n${LEAD}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-04');
    expect(r.dateline).toBe('BERGEN, Norway');
  });

  it('steps over "Joint media release from X and Y" and "A joint news release between X, Y and Z"', () => {
    expect(recordOf(`Joint media release from the University of Bergen and Umeå University\n\n${HEADLINE}\n\n${LEAD}`).release.headline).toBe(HEADLINE);
    const three = `A joint news release between the University of Bergen, Umeå University and the Norwegian Polar Institute\n\n${HEADLINE}\n\n${LEAD}`;
    expect(recordOf(three).release.headline).toBe(HEADLINE);
  });

  it('reads the headline stacked under the label in one block', () => {
    const r = recordOf(`Joint press release of the University of Bergen and Umeå University\n${HEADLINE}\n\n${LEAD}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-03-04');
  });

  it('steps over a bold label over a Markdown heading', () => {
    expect(recordOf(`**Joint press release of the University of Bergen and Umeå University**\n\n# ${HEADLINE}\n\n${LEAD}`, 'md').release.headline).toBe(HEADLINE);
  });

  it('steps over "Joint press release: X and Y" whose partners are organisations', () => {
    expect(recordOf(`Joint press release: University of Bergen and Umeå University\n\n${HEADLINE}\n\n${LEAD}`).release.headline).toBe(HEADLINE);
  });

  it('drops the label from "Joint press release: headline" on one line', () => {
    expect(recordOf(`Joint press release: ${HEADLINE}\n\n${LEAD}`).release.headline).toBe(HEADLINE);
  });

  it('steps over "Press release issued by X and Y" and "Media release on behalf of X"', () => {
    expect(recordOf(`Press release issued by the University of Bergen and the Norwegian Polar Institute\n\n${HEADLINE}\n\n${LEAD}`).release.headline).toBe(HEADLINE);
    expect(recordOf(`Media release on behalf of the University of Bergen\n\n${HEADLINE}\n\n${LEAD}`).release.headline).toBe(HEADLINE);
  });

  it('keeps a headline that opens with a release word and names no organisation after it', () => {
    const title = 'Press release of carbon from thawing soils doubles in warm winters';
    expect(recordOf(`${title}\n\n${LEAD}`).release.headline).toBe(title);
  });
});

describe('a labelled deck line under the headline in one block (round 23)', () => {
  it('keeps "Subtitle: …" out of the headline', () => {
    expect(recordOf(`${HEADLINE}\nSubtitle: birch roots swap nutrients after dark\n\n${LEAD}`).release.headline).toBe(HEADLINE);
    expect(recordOf(`${HEADLINE}\nStandfirst: birch roots swap nutrients after dark\n\n${LEAD}`).release.headline).toBe(HEADLINE);
  });
});
