/**
 * schema.org JSON-LD: a NewsArticle citing one ScholarlyArticle per paper.
 * @packageDocumentation
 */
import type { Emitter } from './types.js';

/** The release as JSON-LD (placeholder until the emitter lands). */
export const emitJsonld: Emitter = (records) =>
  JSON.stringify({ '@context': 'https://schema.org', '@graph': records.map((r) => ({ '@type': 'NewsArticle', headline: r.release.headline })) }, null, 2) + '\n';
