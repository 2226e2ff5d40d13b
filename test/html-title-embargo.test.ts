import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

/** An invented page whose <title> and first heading are `top`, over a title line and a lead. */
const page = (top: string): string => `<html><head><title>${top} | Northfield University</title></head><body><main><article>
<h1>${top}</h1>
<p>Seagrass Meadows Store More Carbon Than Expected</p>
<p>NORTHFIELD, Maine — Seagrass meadows along the coast hold twice the carbon once thought, according to a study published today in Nature Geoscience.</p>
</article></main></body></html>`;

describe('a page titled with its embargo line', () => {
  it.each([
    ['EMBARGOED FOR RELEASE UNTIL 4 PM ET, March 3, 2037'],
    ['Embargoed until 00:01 GMT Wednesday 4 March 2037'],
  ])('takes the title line under %j as the headline', (top) => {
    const release = recordOf(page(top), 'html').release;
    expect(release.headline).toBe('Seagrass Meadows Store More Carbon Than Expected');
    expect(release.embargo).toMatch(/^2037-03-0[34]T/);
  });

  it('still takes a page title that is the headline', () => {
    expect(recordOf(page('Seagrass Meadows Hold a Hidden Carbon Store'), 'html').release.headline).toBe('Seagrass Meadows Hold a Hidden Carbon Store');
  });
});
