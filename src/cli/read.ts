/**
 * Reads one input to text, turning every way it can fail into a one-line reason.
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { readFile } from './fs-async.js';
import { resolve } from 'node:path';
import { decodeText, DecodeError } from '../parse/decode.js';
import type { Input } from './inputs.js';

/** The text of an input, or why there is none. */
export type ReadResult = { ok: true; text: string; encodingNote?: string } | { ok: false; reason: string };

const ERRNO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EISDIR: 'Is a directory',
  ENOTDIR: 'A component of the path is not a directory',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
  EMFILE: 'Too many open files',
  EIO: 'Input/output error',
  ERR_FS_FILE_TOO_LARGE: 'File too large to read (over 2 GiB)',
};

/** A short reason for a file-system error, without a stack. */
export function errnoReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ERRNO_REASONS[code]) return ERRNO_REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${message.split('\n')[0]} (${code})` : message.split('\n')[0] ?? 'Unknown error';
}

/** Reads a whole stream into bytes. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * Decodes bytes into release text: a binary, undecodable, empty or whitespace-only input
 * gives a reason instead.
 */
export function bytesToText(bytes: Uint8Array, what: 'file' | 'input' = 'file'): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: `Empty ${what}, expected a release` };
  let text: string;
  let note: string | null;
  try {
    ({ text, note } = decodeText(bytes));
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, reason: error.message };
    throw error;
  }
  if (text.trim() === '') return { ok: false, reason: 'Only whitespace, expected a release' };
  return note ? { ok: true, text, encodingNote: note } : { ok: true, text };
}

/** Reads one input (a file, or standard input) to release text, or gives the reason it cannot. */
export async function readInput(input: Input, stdin: NodeJS.ReadableStream, cwd: string = process.cwd()): Promise<ReadResult> {
  if (input.kind === 'error') return { ok: false, reason: input.reason };
  let bytes: Uint8Array;
  try {
    bytes = input.kind === 'stdin' ? await readStream(stdin) : await readFile(resolve(cwd, input.path));
  } catch (error) {
    return { ok: false, reason: errnoReason(error) };
  }
  return bytesToText(bytes, input.kind === 'stdin' ? 'input' : 'file');
}

/**
 * Reads one file to release text at once, or gives the reason it cannot: the same text and
 * reasons as {@link readInput}, without a round trip through the thread pool per file (a
 * worker, or the one-thread batch, has nothing else to do meanwhile).
 */
export function readFileInput(path: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: errnoReason(error) };
  }
  return bytesToText(bytes, 'file');
}
