import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import type { Block } from '../src/types.js';
import { findMentions } from '../src/extractors/article/mention.js';
import { findTitles } from '../src/extractors/article/title.js';

const block = (text: string): Block => ({ index: 0, kind: 'paragraph', depth: 0, text, start: 0, end: text.length, section: 'body', links: [], emphasis: [], quoteDepth: 0, inList: false, node: { type: 'text', value: text } });
const mentions = (text: string) => findMentions(block(text)).map((m) => [m.journal, m.kind]);
const titles = (text: string) => findTitles(text).map((t) => t.title);
const articles = (text: string) => convert(Buffer.from(text), { path: 'release.md' }).record.articles;

describe('a quoted clause after a verb is a plan or speech, not a title', () => {
  it.each([
    ['"will next study "whether …""', 'According to co-author Dr. Tamsin Orr, the group will next study "whether children who stop the drug early see any change in sleep at all."'],
    ['"plans to report "how …""', 'The consortium plans to report "how often the implant fails in people over eighty" by the end of the decade.'],
    ['"to review "what …""', 'A panel was set up to review "what the hospital knew about the faulty valves and when."'],
  ])('%s', (_label, text) => {
    expect(titles(text)).toEqual([]);
  });

  it('keeps a quoted title after "the study"', () => {
    expect(titles('She presented the study "Night Shifts and Retinal Thinning in Hospital Nurses" at the meeting.')).toEqual(['Night Shifts and Retinal Thinning in Hospital Nurses']);
  });

  it('makes no article from a plan quoted at a meeting', () => {
    const text = [
      '# Fish oil does not slow hearing loss',
      '',
      '**DENVER — May 4, 2031** — Fish oil capsules did not slow hearing loss over six years, according to results reported at the International Hearing Research Conference 2031.',
      '',
      'According to co-author Dr. Tamsin Orr of Lund University, the team will next study "whether people who stop the capsules after years of use hear any better at all."',
    ].join('\n');
    expect(articles(text)).toEqual([]);
  });
});

describe('a society\'s acronym in brackets inside a meeting\'s name', () => {
  it.each([
    ['presented at the Nordic Society of Hepatology (NSH) Annual Meeting in Oslo.', 'Nordic Society of Hepatology Annual Meeting'],
    ['presented at the Pacific Thoracic Society (PaTS) International Congress.', 'Pacific Thoracic Society International Congress'],
  ])('%s', (tail, journal) => {
    expect(mentions(`The findings were ${tail}`)).toEqual([[journal, 'presented']]);
  });

  it('does not join a society and a following clause', () => {
    expect(mentions('The findings were presented at the Nordic Society of Hepatology (NSH) Members Day.')).toEqual([]);
  });

  it('gives a meeting-only abstract its meeting and year', () => {
    const text = [
      'Pacific Thoracic Society International Congress 2031',
      '',
      'Night-shift work linked to faster lung decline',
      '',
      'PERTH, Australia, 12 October 2031 – Nurses who work nights lose lung function faster than those who work days, according to research presented at the Pacific Thoracic Society (PaTS) International Congress.',
      '',
      'Abstract no: PA1180, "Night-shift work and ten-year decline in FEV1 among hospital nurses", presented in session "Work and the lung" on 12 October 2031.',
    ].join('\n');
    const [a] = articles(text);
    expect(a?.title).toBe('Night-shift work and ten-year decline in FEV1 among hospital nurses');
    expect(a?.journal).toBe('Pacific Thoracic Society International Congress');
    expect(a?.year).toBe(2031);
  });
});
