/**
 * Loads everything a synchronous `convert` may reach (the HTML and YAML parsers and
 * libphonenumber-js), for `pr2meta check`, which converts without loading per input.
 * @packageDocumentation
 */
import { loadParsersFor } from '../parse/loaders.js';
import { loadPhoneLibrary } from '../extractors/contact/phones.js';

/** Loads the lazily loaded parsers and libraries once; later calls resolve at once. */
export async function loadAll(): Promise<void> {
  await Promise.all([loadParsersFor('---\n', 'md'), loadParsersFor('', 'html'), loadPhoneLibrary()]);
}
