/**
 * Lazy loading of citation-js: the core and the BibTeX and RIS plugins are imported only when
 * one of those formats is asked for, so the other formats start fast.
 * @packageDocumentation
 */
import type { Cite as CiteClass } from '@citation-js/core';
import type { PressRecord } from '../types.js';
import type { CslItem, CslName } from './csl.js';
import type { EmitOptions } from './types.js';

/** The citation-js `Cite` class, loaded with the BibTeX and RIS plugins registered. */
export type CiteConstructor = typeof CiteClass;

let loading: Promise<CiteConstructor> | undefined;

/** Loads citation-js and its BibTeX and RIS plugins once; later calls share the same promise. */
export function loadCitationJs(): Promise<CiteConstructor> {
  loading ??= (async () => {
    const { core } = await import('./citation-js-modules.js');
    // Node exposes the CommonJS exports by name and as `default`; an esbuild chunk only as `default`.
    return (core as Partial<typeof core>).Cite ?? core.default.Cite;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** A name part without commas, which BibTeX and RIS read as the family/given separator. */
const noComma = (part: string): string => part.replace(/\s*,\s*/g, ' ').trim();

/**
 * A name with its particles folded into the family name ("van der" + "Berg" → "van der Berg"),
 * since citation-js drops `dropping-particle` everywhere and RIS drops `non-dropping-particle`;
 * commas inside a part are replaced by spaces.
 */
export function foldParticles(name: CslName): CslName {
  const family = noComma([name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' '));
  const given = name.given ? noComma(name.given) : '';
  return given ? { family, given } : { family };
}

/**
 * A DOI safe to write verbatim: braces, backslashes, `%` (a TeX comment) and control characters
 * percent-encoded, as in its doi.org link.
 */
// eslint-disable-next-line no-control-regex
export const verbatimDoi = (doi: string): string => doi.replace(/[{}\\%\u0000-\u001f\u007f-\u009f]/g, (c) => encodeURIComponent(c));

/**
 * The items ready for citation-js: particles folded into family names, and the DOI made safe
 * by {@link verbatimDoi}, since citation-js writes it verbatim (unescaped) in BibTeX and RIS.
 */
export function forCitationJs(items: readonly CslItem[]): CslItem[] {
  return items.map((item) => {
    const copy: CslItem = { ...item };
    if (item.author) copy.author = item.author.map(foldParticles);
    if (item.DOI) copy.DOI = verbatimDoi(item.DOI);
    return copy;
  });
}

/**
 * Warns, through `options.warn`, about records that have no paper: once for the whole output
 * when no record has one, else once per record without a paper, naming its source.
 */
export function warnNoPaper(records: readonly PressRecord[], options: EmitOptions, format: string): void {
  if (!options.warn) return;
  if (records.every((r) => r.articles.length === 0)) {
    options.warn(`No paper found, expected a DOI or a citation; ${format} is empty`);
    return;
  }
  for (const r of records) {
    if (r.articles.length === 0) {
      options.warn(`No paper found in ${r.source ?? 'a release'}, expected a DOI or a citation; it has no ${format} entry`);
    }
  }
}
