/**
 * One conversion job: release text in, the emitted record and its diagnostics out, in a shape
 * that crosses a worker thread (plain data: the VFile messages are serialised).
 * @packageDocumentation
 */
import type { Position, Point } from 'unist';
import { VFile } from 'vfile';
import { convertAsync } from '../convert.js';
import type { OutputFormat } from '../emit/index.js';
import type { InputFormat } from '../types.js';
import { emitRecord } from './frame.js';
import { readFileInput } from './read.js';

/**
 * What a job is asked: one input (its text, or the file to read it from) and how to emit it.
 * A path rather than the text crosses to a worker, which reads the file itself.
 */
export interface JobTask {
  /** The input's text, already read (standard input). */
  text?: string;
  /** How that text was decoded, when its bytes were not UTF-8 (see `decodeText`). */
  encodingNote?: string;
  /** The file to read the text from, resolved (when {@link JobTask.text} is absent). */
  file?: string;
  /** The input's path as given (absent for standard input). */
  path?: string;
  inputFormat?: InputFormat;
  format: OutputFormat;
  html?: boolean;
  provenance?: boolean;
}

/** A VFile message as plain data. */
export interface SerializedMessage {
  reason: string;
  fatal: boolean | null | undefined;
  place?: Point | Position;
  ruleId?: string;
  source?: string;
  note?: string;
  url?: string;
  actual?: string;
  expected?: string[];
}

/** What a job gives back: the emitted record and the input's messages, the reason it could not be read, or the crash. */
export type JobResult =
  | { ok: true; emitted: string; messages: SerializedMessage[] }
  | { ok: false; unread: string }
  | { ok: false; error: string; stack?: string };

/** The messages of `file` as plain data. */
export function serializeMessages(file: VFile): SerializedMessage[] {
  return file.messages.map((m) => ({
    reason: m.reason,
    fatal: m.fatal,
    ...(m.place ? { place: m.place } : {}),
    ...(m.ruleId ? { ruleId: m.ruleId } : {}),
    ...(m.source ? { source: m.source } : {}),
    ...(m.note ? { note: m.note } : {}),
    ...(m.url ? { url: m.url } : {}),
    ...(m.actual ? { actual: m.actual } : {}),
    ...(m.expected ? { expected: [...m.expected] } : {}),
  }));
}

/** A VFile named `path` that carries `messages` again, for the reporter. */
export function fileWithMessages(path: string | undefined, messages: readonly SerializedMessage[]): VFile {
  const file = new VFile(path ? { path } : {});
  for (const s of messages) {
    const m = file.message(s.reason, { ...(s.place ? { place: s.place } : {}), ...(s.ruleId ? { ruleId: s.ruleId } : {}), ...(s.source ? { source: s.source } : {}) });
    m.fatal = s.fatal;
    if (s.note) m.note = s.note;
    if (s.url) m.url = s.url;
    if (s.actual) m.actual = s.actual;
    if (s.expected) m.expected = [...s.expected];
  }
  return file;
}

/**
 * Reads (when given a file), converts and emits one input; a crash is returned, not thrown,
 * so a worker never dies of one.
 */
export async function runJob(task: JobTask): Promise<JobResult> {
  try {
    let text = task.text;
    let encodingNote = task.encodingNote;
    if (text === undefined) {
      const read = readFileInput(task.file ?? task.path ?? '');
      if (!read.ok) return { ok: false, unread: read.reason };
      text = read.text;
      encodingNote = read.encodingNote;
    }
    const { record, file } = await convertAsync(text, {
      ...(task.path !== undefined ? { path: task.path } : {}),
      ...(task.inputFormat ? { format: task.inputFormat } : {}),
    });
    if (encodingNote) file.message(encodingNote, { ruleId: 'encoding', source: 'pr2meta' });
    const emitted = await emitRecord(task.format, record, { html: task.html, provenance: task.provenance }, (message) => {
      file.message(message, { ruleId: task.format, source: 'pr2meta' }).fatal = false;
    });
    return { ok: true, emitted, messages: serializeMessages(file) };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    };
  }
}
