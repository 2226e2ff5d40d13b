import { describe, expect, it } from 'vitest';
import { speakersOf } from './support/invented.js';

const HEAD = 'Hedgehogs cross roads at night along old hedge lines\n\n';
const LEAD = 'Text of the lead.\n\n';

describe('a German doctoral title chain before a speaker after "said" (round 31)', () => {
  it.each([
    ['"Most hedgehogs crossed where a hedge once met the road," said Prof. Dr. med. Wiebke Sandoval-Krause, head of the study.', 'Wiebke Sandoval-Krause'],
    ['"Most hedgehogs crossed where a hedge once met the road," said Dr. phil. Anselm Odutola-Berg of the institute.', 'Anselm Odutola-Berg'],
    ['"Most hedgehogs crossed where a hedge once met the road," said Dr. vet. Ilse Varga-Mensah.', 'Ilse Varga-Mensah'],
    ['"Most hedgehogs crossed where a hedge once met the road," said Prof. Dr. Wiebke Sandoval-Krause.', 'Wiebke Sandoval-Krause'],
  ] as const)('keeps the quote of %j and names its speaker', (para, speaker) => {
    expect(speakersOf(`${HEAD}${LEAD}${para}`).map(([s]) => s)).toEqual([speaker]);
  });

  it('still ends a sentence at "Phil." printed with a capital', () => {
    const q = speakersOf(`${HEAD}${LEAD}The tags were fitted by a volunteer called Phil. "Most hedgehogs crossed where a hedge once met the road," said Dr. Anselm Odutola-Berg.`);
    expect(q.map(([s]) => s)).toEqual(['Anselm Odutola-Berg']);
  });
});
