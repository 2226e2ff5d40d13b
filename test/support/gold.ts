/**
 * Compares a pr2meta record with a hand-written gold file (the shape of GOLD.md: `release`,
 * `articles`, `quotes`, `contacts`) and lists every difference, for the project's own gold
 * releases in `fixtures/gold/`. Text fields match when their words mostly agree (headlines,
 * titles, quotes), people when family name and first initial agree, the rest exactly after
 * folding case, accents and punctuation.
 * @packageDocumentation
 */

/** A person as gold files and records write one. */
type PersonLike = string | { given?: string | null; family?: string | null; name?: string | null } | null | undefined;

/** Lower case, without accents, quotes or markup, punctuation as single spaces. */
export const fold = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’“”"'`*_]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The share of words two texts have in common (F1 over word counts). */
export function wordOverlap(a: unknown, b: unknown): number {
  const ta = fold(a).split(' ').filter(Boolean);
  const tb = fold(b).split(' ').filter(Boolean);
  if (!ta.length || !tb.length) return 0;
  const left = new Map<string, number>();
  for (const t of ta) left.set(t, (left.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = left.get(t);
    if (n) (common++, left.set(t, n - 1));
  }
  if (!common) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}

// The same words the corpus scorer (shared/eval/score.mjs) drops before it compares two names.
const HONORIFIC = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'sir', 'dame', 'rev']);
const DEGREE = new Set(['md', 'phd', 'jr', 'sr', 'ii', 'iii', 'iv', 'mph', 'msc', 'bsc', 'dphil', 'rn', 'frs', 'facp', 'dvm', 'mba']);

/** Family name (its last word) and first initial of a person, folded. */
function personKey(x: PersonLike): { family: string; initial: string } | null {
  if (x && typeof x === 'object' && x.family) {
    return { family: fold(x.family).split(' ').pop() ?? '', initial: fold(x.given ?? '').charAt(0) };
  }
  const name = typeof x === 'string' ? x : (x?.name ?? '');
  const words = fold(name).split(' ').filter((w) => w && !HONORIFIC.has(w) && !DEGREE.has(w));
  if (!words.length) return null;
  return { family: words[words.length - 1]!, initial: words.length > 1 ? words[0]!.charAt(0) : '' };
}

/** True when two people are the same: same family name, and same first initial when both have one. */
export function samePerson(a: PersonLike, b: PersonLike): boolean {
  const ka = personKey(a);
  const kb = personKey(b);
  if (!ka || !kb || ka.family !== kb.family) return false;
  return !ka.initial || !kb.initial || ka.initial === kb.initial;
}

const empty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const list = <T>(v: T[] | T | null | undefined): T[] => (Array.isArray(v) ? v : v ? [v] : []);

/** The parts of a record a gold file is checked on: the release's own fields, the papers, or the quotes and contacts. */
export type GoldArea = 'release' | 'articles' | 'voices';

/**
 * Every difference between `record` and `gold` in the fields of `areas`, as readable lines
 * (empty when they agree).
 */
export function goldDifferences(record: Record<string, unknown>, gold: Record<string, unknown>, areas: readonly GoldArea[] = ['release', 'articles', 'voices']): string[] {
  const out: string[] = [];
  const scalar = (field: string, g: unknown, p: unknown, same: (a: unknown, b: unknown) => boolean): void => {
    if (empty(g) && empty(p)) return;
    if (empty(g) || empty(p) || !same(g, p)) out.push(`${field}: expected ${JSON.stringify(g ?? null)}, got ${JSON.stringify(p ?? null)}`);
  };
  const texts = (a: unknown, b: unknown): boolean => wordOverlap(a, b) >= 0.8;
  const exact = (a: unknown, b: unknown): boolean => fold(a) === fold(b);
  const people = (field: string, gold: PersonLike[], got: PersonLike[]): void => {
    const left = [...got];
    for (const g of gold) {
      const i = left.findIndex((p) => samePerson(g, p));
      if (i >= 0) left.splice(i, 1);
      else out.push(`${field}: missed ${JSON.stringify(g)}`);
    }
    for (const p of left) out.push(`${field}: extra ${JSON.stringify(p)}`);
  };

  if (areas.includes('release')) releaseDifferences(record, gold, scalar, texts);
  if (areas.includes('articles')) {
    // Papers pair by DOI, then by title, then the rest in printed order.
    type ArticleLike = Record<string, unknown>;
    const left = list(record['articles'] as ArticleLike[]).slice();
    const take = (i: number): ArticleLike | null => (i >= 0 ? left.splice(i, 1)[0]! : null);
    const pairs: Array<[ArticleLike, ArticleLike | null]> = list(gold['articles'] as ArticleLike[]).map((g) => {
      let i = g['doi'] ? left.findIndex((p) => String(p['doi'] ?? '').toLowerCase() === String(g['doi']).toLowerCase()) : -1;
      if (i < 0 && g['title']) i = left.findIndex((p) => texts(g['title'], p['title']));
      return [g, take(i)];
    });
    for (const pair of pairs) if (!pair[1] && left.length) pair[1] = left.shift()!;
    for (const p of left) out.push(`articles: extra ${JSON.stringify({ doi: p['doi'], title: p['title'], journal: p['journal'] })}`);
    const journal = (x: unknown): string => fold(String(x).replace(/&/g, ' and ')).replace(/^the /, '');
    pairs.forEach(([g, p0], i) => {
      const p = p0 ?? {};
      const at = `articles[${i}]`;
      scalar(`${at}.doi`, g['doi'], p['doi'], (a, b) => String(a).toLowerCase() === String(b).toLowerCase());
      scalar(`${at}.title`, g['title'], p['title'], texts);
      scalar(`${at}.journal`, g['journal'], p['journal'], (a, b) => journal(a) === journal(b));
      for (const f of ['volume', 'issue', 'pages', 'year']) scalar(`${at}.${f}`, g[f], p[f], exact);
      people(`${at}.authors`, list(g['authors'] as PersonLike[]), list(p['authors'] as PersonLike[]));
    });
  }
  if (!areas.includes('voices')) return out;

  type QuoteLike = { text: string; speaker?: PersonLike };
  const left = list(record['quotes'] as QuoteLike[]).slice();
  for (const g of list(gold['quotes'] as QuoteLike[])) {
    let best = -1;
    let bestSim = 0.5;
    left.forEach((p, i) => {
      const s = wordOverlap(g.text, p.text);
      if (s >= bestSim) (best = i), (bestSim = s);
    });
    if (best < 0) {
      out.push(`quotes: missed ${JSON.stringify(g.text.slice(0, 80))}`);
      continue;
    }
    const p = left.splice(best, 1)[0]!;
    if (empty(g.speaker) !== empty(p.speaker) || (!empty(g.speaker) && !samePerson(g.speaker, p.speaker))) {
      out.push(`speaker of ${JSON.stringify(g.text.slice(0, 40))}: expected ${JSON.stringify(g.speaker ?? null)}, got ${JSON.stringify(p.speaker ?? null)}`);
    }
  }
  for (const p of left) out.push(`quotes: extra ${JSON.stringify(String(p.text).slice(0, 80))}`);

  type ContactLike = { name?: string | null; email?: string | null; phone?: string | null };
  const gc = list(gold['contacts'] as ContactLike[]);
  const pc = list(record['contacts'] as ContactLike[]);
  const values = (xs: ContactLike[], k: 'email' | 'phone'): string[] => xs.map((c) => c[k]).filter((v): v is string => Boolean(v));
  const digits = (s: string): string => s.replace(/\D/g, '').slice(-10);
  const sameSet = (field: string, g: string[], p: string[], key: (s: string) => string): void => {
    const a = g.map(key).sort();
    const b = p.map(key).sort();
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${field}: expected ${JSON.stringify(g)}, got ${JSON.stringify(p)}`);
  };
  sameSet('contact emails', values(gc, 'email'), values(pc, 'email'), (s) => s.toLowerCase());
  sameSet('contact phones', values(gc, 'phone'), values(pc, 'phone'), digits);
  people('contact names', gc.map((c) => c.name).filter(Boolean), pc.map((c) => c.name).filter(Boolean));
  return out;
}

/** The release's own fields: headline, date, dateline, embargo. */
function releaseDifferences(
  record: Record<string, unknown>,
  gold: Record<string, unknown>,
  scalar: (field: string, g: unknown, p: unknown, same: (a: unknown, b: unknown) => boolean) => void,
  texts: (a: unknown, b: unknown) => boolean,
): void {
  const gr = (gold['release'] ?? {}) as Record<string, unknown>;
  const pr = (record['release'] ?? {}) as Record<string, unknown>;
  scalar('headline', gr['headline'], pr['headline'], texts);
  scalar('datePublished', gr['datePublished'], pr['datePublished'] ? String(pr['datePublished']).slice(0, 10) : null, (a, b) => a === b);
  scalar('dateline', gr['dateline'], pr['dateline'], (a, b) => wordOverlap(a, b) >= 0.6);
  scalar('embargo', gr['embargo'], pr['embargo'], (a, b) => String(a).slice(0, 10) === String(b).slice(0, 10));
}
