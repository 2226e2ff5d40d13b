import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const LEAD =
  'Tree frogs in cloud forests call less on nights after a frost, ecologists at Harwick University report in Behavioral Ecology.';

describe("a Markdown page's front-matter title over a differing body heading (round 27)", () => {
  it('takes the front-matter title when the first heading says something else', () => {
    const md = `---\ntitle: "Tree frogs fall silent after frosty nights in cloud forests"\npublish_date: 2031-04-02\n---\n\n# Field notes: a quiet spring on the ridge\n\n${LEAD}\n`;
    const r = recordOf(md, 'md').release;
    expect(r.headline).toBe('Tree frogs fall silent after frosty nights in cloud forests');
    expect(r.datePublished).toBe('2031-04-02');
  });

  it('keeps the body heading when it repeats the title with a label or small edits', () => {
    const md = `---\ntitle: Tree frogs fall silent after frosty nights\ndate: 2031-04-02\n---\n\n# Tree frogs fall silent after frosty nights in cloud forests\n\n${LEAD}\n`;
    expect(recordOf(md, 'md').release.headline).toBe('Tree frogs fall silent after frosty nights in cloud forests');
  });

  it('keeps the body heading when the front-matter title is too short to be a headline', () => {
    const md = `---\ntitle: Frog news\ndate: 2031-04-02\n---\n\n# Tree frogs fall silent after frosty nights in cloud forests\n\n${LEAD}\n`;
    expect(recordOf(md, 'md').release.headline).toBe('Tree frogs fall silent after frosty nights in cloud forests');
  });

  it('keeps the body heading of a Markdown page without front matter', () => {
    const md = `# Tree frogs fall silent after frosty nights in cloud forests\n\n## Field notes: a quiet spring on the ridge\n\n${LEAD}\n`;
    expect(recordOf(md, 'md').release.headline).toBe('Tree frogs fall silent after frosty nights in cloud forests');
  });
});
