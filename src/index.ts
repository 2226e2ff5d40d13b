/**
 * pr2meta's library API: convert releases to records, and emit or report them.
 * @packageDocumentation
 */
import { parse as parseYaml } from 'yaml';
import { findNumbers, isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js';
import { parseHtml } from './parse/html.js';
import { registerParsers } from './parse/loaders.js';
import { registerPhoneLibrary } from './extractors/contact/phones.js';

// The library entry loads every parser and libphonenumber-js up front, so `convert` works
// synchronously on any input.
registerParsers({ html: parseHtml, yaml: parseYaml });
registerPhoneLibrary({ findNumbers, isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength });

export { convert, convertAsync, extract } from './convert.js';
export { registerParsers, loadParsersFor } from './parse/loaders.js';
export { registerPhoneLibrary, loadPhoneLibrary } from './extractors/contact/phones.js';
export type { ConvertOptions, Conversion } from './convert.js';
export { parseRelease, formatFromPath, sniffFormat } from './parse/document.js';
export { decode, decodeText, DecodeError } from './parse/decode.js';
export { emitters, isOutputFormat } from './emit/index.js';
export type { OutputFormat, Emitter, EmitOptions } from './emit/index.js';
export { extractors } from './extractors/index.js';
export { firstValid, runExtractors, emptyRecord } from './extract/runner.js';
export type { Extractor, ExtractContext, Strategy, Hit, Win, Severity } from './extract/runner.js';
export { reportStylish } from './report/stylish.js';
export { main } from './cli.js';
export type { CliIO } from './cli.js';
export type * from './types.js';
