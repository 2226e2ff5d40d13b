/**
 * Makes release text safe for a terminal: no escape sequences, no control or bidi-override
 * characters that could recolour, retitle or reorder what the reader sees.
 * @packageDocumentation
 */

// CSI sequences (ESC [ … final), OSC sequences (ESC ] … BEL or ST), other ESC pairs, then single
// C0/C1 controls except tab and newline, and the bidi embedding/override/isolate controls.
// Each alternative is a run over one class followed by a disjoint terminator: linear time.
// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[[0-?]{0,64}[ -/]{0,16}[@-~]?|\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)?|\u009b[0-?]{0,64}[ -/]{0,16}[@-~]?|\u009d[^\u0007\u001b\u009c]{0,4096}[\u0007\u009c]?|\u001b[@-_]?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes escape sequences and control characters (tab and newline kept). */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}
