/**
 * The panel of an event in a media advisory: lines labelled with what, when and where
 * ("Event: …", "Date: Thursday 19 March 2031", "Time: 11.00am", "Venue: …" or, online, "Platform: Zoom").
 * @packageDocumentation
 */

/** A line labelled with the place of an event ("Venue:", "Where:", "Location:"), or of an online one ("Platform: Zoom", "Register:", "Livestream:", "Dial-in:"). */
const PLACE_LABEL = /^[ \t*_]{0,4}(?:venue|where|location|platform|register|registration|livestream|live\s?stream|dial-in|webinar\s{1,3}link)[ \t*_]{0,4}:/im;
/** A line labelled with the event or its time ("Event:", "What:", "When:", "Time:"). */
const EVENT_LABEL = /^[ \t*_]{0,4}(?:event|what|when|time)[ \t*_]{0,4}:/im;

/**
 * True for a block of two to eight lines that labels an event's place and the event or its time
 * (see the module comment): a date in it is the event's, not the release's own.
 */
export function isEventPanel(text: string): boolean {
  if (!text.includes('\n') || text.length > 800 || !PLACE_LABEL.test(text) || !EVENT_LABEL.test(text)) return false;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length >= 2 && lines.length <= 8;
}
