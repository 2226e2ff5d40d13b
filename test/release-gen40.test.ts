import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const HEADLINE = 'Lichens on city walls track air pollution over decades';
const LEAD = 'Lichens growing on old brick walls keep a record of the nitrogen in the air around them, researchers report.';

describe('an office held within a body before a name (round 40)', () => {
  const QUOTE = '"Every wall in the old town turned out to be a small archive of the air above it,"';
  it.each([
    ['Janelia Group Leader Marisol Vandenbroucke-Aziz', 'Marisol Vandenbroucke-Aziz'],
    ['Crick Senior Group Leader Oluwaseun Hartigan-Roux', 'Oluwaseun Hartigan-Roux'],
    ['Institute Team Leader Ilse Brannigan-Moto', 'Ilse Brannigan-Moto'],
  ])('names the holder after "%s"', (who, name) => {
    const text = `# ${HEADLINE}\n\n${LEAD}\n\n${QUOTE} says ${who}, who led the study.`;
    expect(speakersOf(text)).toEqual([[name, 'Every wall in the old to']]);
  });

  it('leaves a name with no office before it as it was', () => {
    const text = `# ${HEADLINE}\n\n${LEAD}\n\n${QUOTE} says Marisol Vandenbroucke-Aziz, who led the study.`;
    expect(speakersOf(text)).toEqual([['Marisol Vandenbroucke-Aziz', 'Every wall in the old to']]);
  });
});
