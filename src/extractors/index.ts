/**
 * The extractors in the order they run: later ones read what earlier ones wrote
 * (speakers read authors; contacts read quotes' names).
 * @packageDocumentation
 */
import type { Extractor } from '../extract/runner.js';
import { articles } from './articles.js';
import { release } from './release.js';
import { quotes } from './quotes.js';
import { contacts } from './contacts.js';

/** Every extractor, in run order. */
export const extractors = [release, articles, quotes, contacts] as const satisfies readonly Extractor[];
