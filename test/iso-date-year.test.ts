import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

describe('the year of a citation printed with an ISO date', () => {
  it.each([
    ['Published online 2031-03-14.', 2031],
    ['Published online March 14, 2031.', 2031],
  ])('reads the year from "%s"', (date, year) => {
    const text = `Moss mats cool city roofs\n\nMarch 14, 2031\n\nMoss-covered roofs stayed cooler in summer, a study finds.\n\n(Urban Ecol. ${date} doi:10.5555/urbeco.2031.0142)\n`;
    expect(recordOf(text).articles[0]!.year).toBe(year);
  });

  it('still reads no year from a range or a year and month', () => {
    const text = 'Moss mats cool city roofs\n\nMoss-covered roofs stayed cooler over 2029-30, a study finds.\n\n(Urban Ecol. Data 2029/05. doi:10.5555/urbeco.0142)\n';
    expect(recordOf(text).articles[0]!.year).toBe(null);
  });
});
