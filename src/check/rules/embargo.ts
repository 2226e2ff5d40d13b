/**
 * Rules on the embargo line: passed, wrong weekday, no time zone, later than the release date.
 * @packageDocumentation
 */
import type { Rule } from '../rule.js';
import { provenancePlace } from '../locate.js';
import { embargoDay, embargoFact, embargoInstant } from '../facts/embargo.js';
import { releaseDate } from '../facts/release.js';
import { isCalendarDate, weekdayName } from '../facts/dates.js';

/** Fourteen hours: the widest gap between UTC and a local time, allowed when the zone is unknown. */
const ZONE_SLACK_MS = 14 * 3600_000;

/** `embargo-passed`: the embargo lifted before now (or `--now`). */
export const embargoPassed: Rule = {
  id: 'embargo-passed',
  severity: 'warn',
  doc: 'The embargo has already lifted (compared with now, or --now).',
  check(ctx) {
    const fact = embargoFact(ctx.doc);
    const when = embargoInstant(ctx.record, fact);
    if (!when) return;
    const lifted = when.instant.getTime() + (when.zoneKnown ? 0 : ZONE_SLACK_MS);
    if (lifted > ctx.now.getTime()) return;
    const place = provenancePlace(ctx.record, 'release.embargo') ?? fact?.date?.offset ?? fact?.offset;
    ctx.report(`Embargo ${when.label} has passed (now ${ctx.now.toISOString().slice(0, 16)}Z), expected a future embargo or none`, place);
  },
};

/** `embargo-weekday`: the printed weekday is not the weekday of the printed date. */
export const embargoWeekday: Rule = {
  id: 'embargo-weekday',
  severity: 'error',
  doc: "The embargo's printed weekday is not the weekday of its date.",
  check(ctx) {
    const fact = embargoFact(ctx.doc);
    if (!fact?.weekday || !fact.date || fact.year === null) return;
    if (!isCalendarDate(fact.year, fact.date.month, fact.date.day)) return;
    const actual = weekdayName(fact.year, fact.date.month, fact.date.day);
    if (actual === fact.weekday.name) return;
    const printed = fact.text.slice(fact.weekday.index, fact.weekday.index + fact.weekday.length);
    const day = `${fact.year}-${String(fact.date.month).padStart(2, '0')}-${String(fact.date.day).padStart(2, '0')}`;
    ctx.report(`Embargo weekday "${printed}" does not match the date ${day}, expected ${actual}`, fact.weekday.offset);
  },
};

/** `embargo-zone-missing`: the embargo gives a time but no time zone. */
export const embargoZoneMissing: Rule = {
  id: 'embargo-zone-missing',
  severity: 'warn',
  doc: 'The embargo gives a clock time without a time zone.',
  check(ctx) {
    const fact = embargoFact(ctx.doc);
    if (!fact?.time || fact.zone) return;
    if (ctx.record.release.embargoDetail?.zone || ctx.record.release.embargoDetail?.utcOffset) return;
    const printed = fact.text.slice(fact.time.index, fact.time.index + fact.time.length).trim();
    ctx.report(`Missing time zone for the embargo time "${printed}", expected a zone such as "ET", "GMT" or "UTC+1"`, fact.time.offset);
  },
};

/** `embargo-after-publication`: the embargo lifts on a later day than the release is dated. */
export const embargoAfterPublication: Rule = {
  id: 'embargo-after-publication',
  severity: 'warn',
  doc: 'The embargo lifts on a later day than the date the release is published.',
  check(ctx) {
    const fact = embargoFact(ctx.doc);
    const day = embargoDay(ctx.record, fact);
    const published = releaseDate(ctx.doc, ctx.record);
    if (!day || !published || day <= published.value) return;
    const place = provenancePlace(ctx.record, 'release.embargo') ?? fact?.date?.offset ?? fact?.offset;
    ctx.report(`Embargo date ${day} is later than the release date ${published.value}, expected an embargo on or before the release date`, place);
  },
};
