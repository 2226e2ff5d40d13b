import { describe, expect, it } from 'vitest';
import { articlesOf, speakersOf } from './support/invented.js';

const LEAD = 'HOBART, 3 May 2032 – Kelp forests off Tasmania regrew where divers culled sea urchins, a study in Marine Biology reports.';

describe('a member-owned body after a name is no second person (round 24)', () => {
  it('resolves "he said" to the person named before ", manager, X Co-operative, said …"', () => {
    const text = `# Kelp returns after urchin cull\n\n${LEAD}\n\nSiobhan Carew, skipper, Derwent Abalone Co-operative, said the divers were surprised. "We had written this reef off as a barren for good," she said.`;
    expect(speakersOf(text)).toEqual([['Siobhan Carew', 'We had written this reef']]);
  });

  it('does the same for "Co-op", "Cooperative", "Collective" and "Guild"', () => {
    for (const org of ['Huon Fishers Co-op', 'Huon Fishers Cooperative', 'Huon Divers Collective', 'Huon Divers Guild']) {
      const text = `# Kelp returns after urchin cull\n\n${LEAD}\n\nMarcus Lyle, chair, ${org}, said the cull paid for itself. "The urchin roe sold for more than the diving cost us," he said.`;
      expect(speakersOf(text)).toEqual([['Marcus Lyle', 'The urchin roe sold for ']]);
    }
  });
});

describe('an author named in an apposition with an affiliation (round 24)', () => {
  it('reads ", a job at the Named Station and a co-author, said"', () => {
    const text = `# Kelp returns after urchin cull\n\n${LEAD}\n\nDr Nadia Ferrante, a marine ecologist at the Bruny Island Field Station and a co-author, said the cull was small. "We removed fewer urchins than a single storm does," Ferrante said.`;
    expect(articlesOf(text, 'md')[0]!.authors).toEqual([{ given: 'Nadia', family: 'Ferrante' }]);
  });

  it('keeps a name printed with run-together initials whole ("J.K. Mensah")', () => {
    const text = `# Kelp returns after urchin cull\n\n${LEAD}\n\n"The kelp came back within two summers," says P.R. Odhiambo, a diver at the Tasman Reef Institute and the study's lead author.`;
    expect(articlesOf(text, 'md')[0]!.authors).toEqual([{ given: 'P.R.', family: 'Odhiambo' }]);
  });
});
