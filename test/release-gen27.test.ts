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

describe('a headline in capitals over its deck in one block (round 27)', () => {
  const BODY = 'KANSAS CITY, Mo. — Prairie voles that share a burrow groom each other more after a flood, biologists at Westport College found.';

  it('keeps the capitals line alone when a sentence-case deck sits under it', () => {
    const r = recordOf(`PRAIRIE VOLES GROOM EACH OTHER MORE AFTER FLOODS\nShared burrows became calmer within a week of the water receding\n\n${BODY}\n\n- 30 -\n\nDated: Mar. 4, 2031\n`).release;
    expect(r.headline).toBe('PRAIRIE VOLES GROOM EACH OTHER MORE AFTER FLOODS');
    expect(r.datePublished).toBe('2031-03-04');
    expect(r.dateline).toBe('KANSAS CITY, Mo.');
  });

  it('joins a headline wrapped in capitals over two lines', () => {
    const r = recordOf(`PRAIRIE VOLES GROOM EACH OTHER\nMORE AFTER FLOODS IN KANSAS\n\n${BODY}\n`).release;
    expect(r.headline).toBe('PRAIRIE VOLES GROOM EACH OTHER MORE AFTER FLOODS IN KANSAS');
  });
});
