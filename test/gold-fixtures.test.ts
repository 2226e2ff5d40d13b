import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { convertAsync } from '../src/convert.js';
import { goldDifferences, type GoldArea } from './support/gold.js';

// The project's own gold releases: invented releases in the styles of many press offices, each
// with a gold file written by hand to the conventions of GOLD.md. Each folder is checked on the
// fields it was written to test (fixtures/gold/README.md).
const AREAS = ['release', 'articles', 'voices'] as const satisfies readonly GoldArea[];
const root = new URL('../fixtures/gold/', import.meta.url);

/** The gold releases of one area, as [name, input file] pairs. */
function releasesOf(area: GoldArea): Array<[string, string]> {
  const dir = new URL(`${area}/`, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.gold.json'))
    .map((n) => n.slice(0, -'.gold.json'.length))
    .sort()
    .map((base) => [base, ['.md', '.txt', '.html'].map((ext) => base + ext).find((n) => existsSync(new URL(n, dir))) ?? '']);
}

describe.each(AREAS)('fixtures/gold/%s: the fields of the area as the gold file says', (area) => {
  const releases = releasesOf(area);
  it('has gold releases', () => {
    expect(releases.length).toBeGreaterThanOrEqual(20);
  });
  it.each(releases)('%s', async (base, input) => {
    expect(input, `Missing the release beside ${base}.gold.json, expected .md, .txt or .html`).not.toBe('');
    const dir = new URL(`${area}/`, root);
    const gold = JSON.parse(readFileSync(new URL(`${base}.gold.json`, dir), 'utf8')) as Record<string, unknown>;
    const { record } = await convertAsync(readFileSync(new URL(input, dir)), { path: input });
    expect(goldDifferences(record as unknown as Record<string, unknown>, gold, [area])).toEqual([]);
  });
});

// The seventh round's releases of the other folders (prefix `u`) were checked by hand on the release fields too.
const RELEASE_TOO: ReadonlyArray<readonly [GoldArea, string]> = (['articles', 'voices'] as const).flatMap((area) =>
  releasesOf(area)
    .filter(([base]) => base.startsWith('u'))
    .map(([base]) => [area, base] as const),
);

describe('fixtures/gold/{articles,voices}/u*: the release fields as the gold file says', () => {
  it.each(RELEASE_TOO)('%s/%s', async (area, base) => {
    const dir = new URL(`${area}/`, root);
    const input = releasesOf(area).find(([b]) => b === base)?.[1] ?? '';
    const gold = JSON.parse(readFileSync(new URL(`${base}.gold.json`, dir), 'utf8')) as Record<string, unknown>;
    const { record } = await convertAsync(readFileSync(new URL(input, dir)), { path: input });
    expect(goldDifferences(record as unknown as Record<string, unknown>, gold, ['release'])).toEqual([]);
  });
});

// The eighth round checked the release fields (headline, datePublished, dateline, embargo) of all the other folders' releases by hand.
const RELEASE_ALL: ReadonlyArray<readonly [GoldArea, string]> = (['articles', 'voices'] as const).flatMap((area) =>
  releasesOf(area)
    .filter(([base]) => !base.startsWith('u'))
    .map(([base]) => [area, base] as const),
);

describe('fixtures/gold/{articles,voices}: the release fields as the gold file says', () => {
  it.each(RELEASE_ALL)('%s/%s', async (area, base) => {
    const dir = new URL(`${area}/`, root);
    const input = releasesOf(area).find(([b]) => b === base)?.[1] ?? '';
    const gold = JSON.parse(readFileSync(new URL(`${base}.gold.json`, dir), 'utf8')) as Record<string, unknown>;
    const { record } = await convertAsync(readFileSync(new URL(input, dir)), { path: input });
    expect(goldDifferences(record as unknown as Record<string, unknown>, gold, ['release'])).toEqual([]);
  });
});
