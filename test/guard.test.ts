import { describe, expect, it } from 'vitest';
import { boundSize, defuseDeepHtml, defuseDeepMarkdown, htmlDepth, MAX_CHARS, MAX_LAZY_LINES, MAX_LIST_ITEMS } from '../src/parse/guard.js';
import { convert } from '../src/convert.js';

describe('input guards', () => {
  it('defuses list markers nested past the cap, keeping length and the first eight', () => {
    const line = '1234. '.repeat(20);
    const out = defuseDeepMarkdown(line);
    expect(out).toHaveLength(line.length);
    expect(out.slice(0, 48)).toBe(line.slice(0, 48));
    expect(out.charAt(48)).toBe('\u00a0');
    expect(out.slice(49)).toBe(line.slice(49));
  });
  it('leaves ordinary Markdown alone', () => {
    const md = '# Title\n\n> a quote\n\n- item\n  1. nested\n';
    expect(defuseDeepMarkdown(md)).toBe(md);
  });
  it('parses 50,000 nested list markers on one line quickly', () => {
    const t0 = Date.now();
    const { record } = convert('1234. '.repeat(50_000), { path: 'x.txt' });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(record.articles).toEqual([]);
  });
  it('defuses list items past the cap and keeps the length', () => {
    const md = '- item\n'.repeat(MAX_LIST_ITEMS + 2);
    const out = defuseDeepMarkdown(md);
    expect(out).toHaveLength(md.length);
    expect(out.split('\n').filter((l) => l.startsWith('- ')).length).toBe(MAX_LIST_ITEMS);
  });
  it('closes a block quote after a long run of lines without its marker', () => {
    const md = '> A quote\n' + 'a line that runs on\n'.repeat(MAX_LAZY_LINES + 5);
    const out = defuseDeepMarkdown(md);
    expect(out).toHaveLength(md.length);
    const lines = out.split('\n');
    // The line after the hundredth without a marker is broken off: a blank line ends the quote.
    expect(lines[MAX_LAZY_LINES + 1]).toBe('');
    expect(lines.slice(1, MAX_LAZY_LINES + 1).every((l) => l === 'a line that runs on')).toBe(true);
  });
  it('leaves a list whose items run over a few lines alone', () => {
    const md = '- first item\nruns on here\n- second item\nand here\n\n> quote\nline two\n';
    expect(defuseDeepMarkdown(md)).toBe(md);
  });
  it.each([
    ['a megabyte of nested list lines', '- - - - - - x\n'.repeat(75_000)],
    ['a megabyte of "1234. " wrapped at 40 columns', ('1234. 1234. 1234. 1234. 1234. 1234.\n').repeat(28_000)],
    ['a block quote over a megabyte of plain lines', '> a\n' + 'word word word\n'.repeat(70_000)],
  ])('parses %s quickly', (_name, text) => {
    const t0 = Date.now();
    convert(text, { path: 'x.md' });
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
  it('parses 20,000 nested divs without overflowing the stack', () => {
    const html = '<div>'.repeat(20_000) + '<p>Kelp forests recover after storms</p>' + '</div>'.repeat(20_000);
    expect(htmlDepth(html)).toBe(20_001);
    expect(defuseDeepHtml(html)).toHaveLength(html.length);
    const { doc } = convert(html, { path: 'deep.html' });
    expect(doc.blocks.map((b) => b.text)).toContain('Kelp forests recover after storms');
  });
  it('cuts a release over the size cap at a paragraph break and warns', () => {
    const para = 'Seagrass meadows bury carbon quickly. '.repeat(20) + '\n\n';
    const big = para.repeat(Math.ceil((MAX_CHARS * 1.2) / para.length));
    const bounded = boundSize(big);
    expect(bounded.truncated).toBe(true);
    expect(bounded.text.length).toBeLessThanOrEqual(MAX_CHARS);
    expect(bounded.text.endsWith('quickly. ')).toBe(true);
  });
});

describe('bracket guard', () => {
  it('keeps inline links and leaves ordinary releases alone', async () => {
    const { defuseBrackets } = await import('../src/parse/guard.js');
    const md = 'Write to press [at] example.org or see [the paper](https://doi.org/10.5555/x).';
    expect(defuseBrackets(md)).toBe(md);
  });
  it('parses 40,000 bracketed words quickly', () => {
    const t0 = Date.now();
    const { doc } = convert('x [at] y '.repeat(40_000), { path: 'x.txt' });
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(doc.blocks[0]?.text.startsWith('x \uff3bat\uff3d y')).toBe(true);
  });
});
