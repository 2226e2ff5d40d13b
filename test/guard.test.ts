import { describe, expect, it } from 'vitest';
import { boundSize, defuseDeepHtml, defuseDeepMarkdown, htmlDepth, MAX_CHARS } from '../src/parse/guard.js';
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
