import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { findDois } from '../src/extractors/article/doi.js';
import { readJournalName } from '../src/extractors/article/journal.js';
import { parseReference } from '../src/extractors/article/reference-line.js';

describe('a superscript endnote mark after the stop that ends a journal name', () => {
  it('is no part of the name', () => {
    expect(readJournalName('New England Journal of Medicine.¹ The trial')?.name).toBe('New England Journal of Medicine');
  });

  it('lets the numbered endnote give the paper its title, authors and numbers', () => {
    const release = [
      'Nightly nasal spray eases cluster headaches',
      '',
      'DENVER (May 2, 2032) — A nasal spray taken at bedtime halved attacks of cluster headache, according to a trial published today in the New England Journal of Medicine.¹',
      '',
      'References',
      '1. Albrecht M, Soto-Ruiz F, Nakagawa T, et al. Intranasal oxytocin for the prevention of',
      'cluster headache. N Engl J Med 2032;406:1502-12.',
      '',
    ].join('\n');
    const [art] = articlesOf(release);
    expect(art?.journal).toBe('New England Journal of Medicine');
    expect(art?.title).toBe('Intranasal oxytocin for the prevention of cluster headache');
    expect(art?.authors.map((p) => p.family)).toEqual(['Albrecht', 'Soto-Ruiz', 'Nakagawa']);
    expect([art?.volume, art?.pages, art?.year]).toEqual(['406', '1502-12', 2032]);
  });
});

describe('a DOI that a converted document broke after its slash', () => {
  it('is read whole', () => {
    expect(findDois('Tectonics, 51, e2032TC007711. doi:\n10.1029/\n2032TC007711\n').map((d) => d.doi)).toEqual(['10.1029/2032TC007711']);
  });

  it('leaves the AGU volume and article number to the reference', () => {
    const release = [
      'Landslides on the seafloor follow winter storms',
      '',
      '3 March 2032',
      '',
      'Submarine landslides off Norway cluster in the weeks after strong storms, a study in Geophysical Research Letters shows.',
      '',
      'Haugland, K., Ferreira, D., & Oyelaran, B. (2032). Storm-triggered submarine landslides on the',
      'Norwegian continental slope. Geophysical Research Letters, 59, e2032GL104455. doi:',
      '10.1029/',
      '2032GL104455',
      '',
    ].join('\n');
    const [art] = articlesOf(release);
    expect(art?.doi).toBe('10.1029/2032GL104455');
    expect([art?.volume, art?.pages]).toEqual(['59', 'e2032GL104455']);
  });
});

describe('an AAS reference with no title and an arXiv identifier', () => {
  it('gives the volume and page, and no title', () => {
    const release = [
      '# A brown dwarf with water clouds',
      '',
      'The find is reported in *The Astrophysical Journal Letters*.',
      '',
      '## Reference',
      '',
      'Castellanos, R. J., Bhatt, P., & Nieminen, L. 2032, ApJL, 971, L22, doi:10.3847/2041-8213/ae0192 (arXiv:2406.11873)',
      '',
    ].join('\n');
    const [art] = articlesOf(release, 'md');
    expect(art?.doi).toBe('10.3847/2041-8213/ae0192');
    expect(art?.title).toBeNull();
    expect([art?.volume, art?.pages, art?.year]).toEqual(['971', 'L22', 2032]);
    expect(art?.authors.map((p) => p.family)).toEqual(['Castellanos', 'Bhatt', 'Nieminen']);
  });
});

describe('dotted initials and a consortium after "et al."', () => {
  it('keep the names together and leave the title whole', () => {
    const release = [
      'Coral spawning drifts later each decade',
      '',
      'Published: 4 October 2032',
      '',
      'Reef corals now spawn on average nine days later than in 1990, the team reports in Global Change Biology.',
      '',
      'Whitford K., Mendes A. C., Tanaka R., et al. & Indo-Pacific Spawning Consortium (2032). Three decades of delay in mass coral spawning. Global Change Biology 38(10): e17120. https://dx.doi.org/10.1111/gcb.17120',
      '',
    ].join('\n');
    const [art] = articlesOf(release);
    expect(art?.title).toBe('Three decades of delay in mass coral spawning');
    expect(art?.authors.map((p) => p.family)).toEqual(['Whitford', 'Mendes', 'Tanaka']);
    expect([art?.volume, art?.issue, art?.pages]).toEqual(['38', '10', 'e17120']);
  });
});

describe('an ACL Anthology reference to proceedings', () => {
  it('gives the title before "In Proceedings" and the proceedings as the journal', () => {
    const release = [
      '# Speech models mishear older voices',
      '',
      '*Department news · 9 July 2032*',
      '',
      'The paper was presented at the 70th Annual Meeting of the Association for Computational Linguistics.',
      '',
      '## Publication',
      '',
      'Oluwaseun Adebayo and Marta Kowalczyk. 2032. Age Bias in Self-Supervised Speech Recognition. In *Proceedings of the 70th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers)*, pages 215–224, Bangkok, Thailand. Association for Computational Linguistics. https://doi.org/10.18653/v1/2032.acl-short.27',
      '',
    ].join('\n');
    const [art] = articlesOf(release, 'md');
    expect(art?.title).toBe('Age Bias in Self-Supervised Speech Recognition');
    expect(art?.journal).toBe('Proceedings of the 70th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers)');
    expect(art?.pages).toBe('215-224');
    expect(art?.authors.map((p) => p.family)).toEqual(['Adebayo', 'Kowalczyk']);
  });
});

describe('an accompanying editorial cited by its endnote mark', () => {
  it('is a paper of its own, with its single author and the journal in full', () => {
    const release = [
      'Blood test spots pancreatic cancer a year early',
      '',
      'HOUSTON (Feb. 12, 2032) — A blood test found pancreatic cancer up to a year before symptoms, according to a study in the New England Journal of Medicine.¹ An accompanying editorial² urges caution about false alarms.',
      '',
      'References',
      '1. Okafor D, Brandt S, Ilves M, et al. A methylation assay for early pancreatic cancer. N Engl J Med 2032;406:611-21.',
      '2. Marchetti G. Early detection and its discontents. N Engl J Med 2032;406:670-2.',
      '',
    ].join('\n');
    const arts = articlesOf(release);
    expect(arts.map((a) => a.title)).toEqual(['A methylation assay for early pancreatic cancer', 'Early detection and its discontents']);
    expect(arts[1]?.authors.map((p) => p.family)).toEqual(['Marchetti']);
    expect(arts[1]?.journal).toBe('New England Journal of Medicine');
    expect([arts[1]?.volume, arts[1]?.pages]).toEqual(['406', '670-2']);
  });
});

describe('a NeurIPS reference with the volume and the meeting after the series name', () => {
  it('gives the series as the journal and its number as the volume', () => {
    const ref = parseReference('Lindahl, S., and Moreau, T. 2031. Sparse Memories for Continual Reinforcement Learning. In Advances in Neural Information Processing Systems 44 (NeurIPS 2031), pp. 20114–20127.');
    expect(ref.title).toBe('Sparse Memories for Continual Reinforcement Learning');
    expect(ref.journal).toBe('Advances in Neural Information Processing Systems');
    expect([ref.volume, ref.pages]).toEqual(['44', '20114-20127']);
  });
});
