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

describe('front-matter embargo keys in camel and kebab case (round 27)', () => {
  const body = '\n---\n\nTree frogs in cloud forests call less on nights after a frost, a study finds.\n';

  it('reads "embargoDate" and "embargo-until" as the embargo', () => {
    const camel = recordOf(`---\ntitle: Tree frogs fall silent after frosty nights\npubDate: "2031-03-04"\nembargoDate: "2031-03-05T00:01:00+13:00"${body}`, 'md').release;
    expect(camel.embargo).toBe('2031-03-05T00:01');
    expect(camel.datePublished).toBe('2031-03-04');
    const kebab = recordOf(`---\ntitle: Tree frogs fall silent after frosty nights\ndate: 2031-03-04\nembargo-until: 2031-03-05 10:00${body}`, 'md').release;
    expect(kebab.embargo).toBe('2031-03-05T10:00');
  });

  it('records no embargo without such a key', () => {
    expect(recordOf(`---\ntitle: Tree frogs fall silent after frosty nights\ndate: 2031-03-04${body}`, 'md').release.embargo).toBeNull();
  });
});

describe("an online event's panel in a media advisory (round 27)", () => {
  const head = 'MEDIA ADVISORY\n\nWebinar: what the new frog survey means for cloud-forest reserves\n\n';
  const tail = '\n\nEcologists will present the survey. Journalists are invited to attend.\n\nIssued 4 March 2031\n';

  it('takes "Date:" beside "Time:" and "Platform:" for the event, not the release', () => {
    const r = recordOf(`${head}Date: Thursday 12 March 2031\nTime: 2pm AEDT\nPlatform: Zoom (link sent on registration)${tail}`).release;
    expect(r.datePublished).toBe('2031-03-04');
  });

  it('does the same with a "Register:" line', () => {
    const r = recordOf(`${head}When: Thursday 12 March 2031, 2pm AEDT\nRegister: https://example.org/frogs-webinar${tail}`).release;
    expect(r.datePublished).toBe('2031-03-04');
  });
});
