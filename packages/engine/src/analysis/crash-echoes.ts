// A crash seen from the other files of a bundle: a proxy answering 502/503 in the seconds a backend
// takes to restart after its OOM kill. Too few errors for a spike of their own (eight in a minute),
// they are told with the crash they followed; so is another file's process stopping dead as it
// happened and starting again seconds later.
import {
  timeOf,
  type DetectionContext,
  type FileErrorMinutes,
  type FileStall,
  type Finding,
} from './detection-context';
import { describeWindow, iso, perBucket, round, spokenDuration } from './format';
import { poissonTail, sum } from './robust-stats';

/** Fewest errors of another source in the crash's minute that can be its echo. */
const MIN_ECHO_ERRORS = 6;
/** How unlikely, at the source's usual error rate, so many errors in so short a time must be. */
const MAX_CHANCE = 1e-5;
/** The time after a crash its echoes are looked for in (a restart takes seconds to a minute). */
const ECHO_MS = 60_000;

/**
 * "N errors <window> (usually …)" when `inside` errors in `slots` slots of `widthMs` from `fromMs` are
 * too many to be chance at the rate of the `other` errors over `otherSlots` slots, else null.
 */
function echoOf(
  inside: number,
  other: number,
  otherSlots: number,
  slots: number,
  fromMs: number,
  widthMs: number,
): string | null {
  if (inside < MIN_ECHO_ERRORS) return null;
  const expected = (other / Math.max(1, otherSlots)) * slots;
  if (poissonTail(inside, expected) >= MAX_CHANCE) return null;
  const usual = expected / slots;
  return `${inside} errors ${describeWindow(fromMs, fromMs + slots * widthMs)} (usually ${usual < 0.1 ? 'almost none' : `${round(usual)} ${perBucket(widthMs)}`})`;
}

/**
 * The same by the minute, for a file's errors whatever its sources (see FileErrorMinutes): in
 * five-minute buckets or wider, a proxy's nine 502s in the minute its backend restarted after a crash
 * (five of its access logger's, four of its error logger's) are too few for a source's bucket; in
 * their minute, nine where less than one is usual (blind3 244/s01).
 */
function minuteEcho(file: FileErrorMinutes, startMs: number): string | null {
  const first = Math.floor(startMs / MINUTE_MS);
  const last = Math.floor((startMs + ECHO_MS) / MINUTE_MS);
  let inside = 0;
  for (let m = first; m <= last; m++) inside += file.minutes.get(m) ?? 0;
  let all = 0;
  for (const n of file.minutes.values()) all += n;
  const slots = last - first + 1;
  const active = (file.lastMs - file.firstMs) / MINUTE_MS;
  return echoOf(inside, all - inside, active - slots, slots, first * MINUTE_MS, MINUTE_MS);
}

const MINUTE_MS = 60_000;

/** A pause that echoes a crash begins at most this long before it (its process killed first) or ECHO_MS after it… */
const STALL_LEAD_MS = 5_000;
/** …and ends in a start-up line, or the file made pauses as long (half its length or more) this many times at most. */
const MAX_STALL_ECHO_PAUSES = 2;

/**
 * A file pausing as a crash happened (one of its unusual pauses, see DetectionContext.filePauses):
 * "catalina.out stopped at 14:35:03 UTC and logged again 15 s later" — Tomcat's JVM killed along with
 * the kernel's OOM kill in the journal, starting again with `Server version name: Apache Tomcat/…`
 * (blind3 341/s09, 345/s10), with no last words in its own log to tell a crash by.
 */
function stallEcho(stall: FileStall, crashMs: number): string | null {
  if (stall.fromMs < crashMs - STALL_LEAD_MS || stall.fromMs > crashMs + ECHO_MS) return null;
  if (!stall.restarted && stall.longGaps > MAX_STALL_ECHO_PAUSES) return null;
  const after = spokenDuration(stall.toMs - stall.fromMs);
  return `${stall.file} stopped at ${iso(stall.fromMs).slice(11, 19)} UTC and ${stall.restarted ? 'started again' : 'logged again'} ${after} later`;
}

/**
 * Critical rare events (a crash, an OOM kill, a panic) with the files of the other sources whose
 * errors in the crash's bucket and the minute after it are too many to be chance at their usual rate
 * (six at least, a Poisson chance below MAX_CHANCE, one in 100,000): such a file is named with the crash, and its
 * errors are told in the description.
 */
export function withCrashEchoes(ctx: DetectionContext, findings: Finding[]): Finding[] {
  return findings.map((finding) => {
    if (finding.type !== 'rare_event' || finding.severity !== 'critical') return finding;
    const from = Math.floor((finding.startMs - ctx.startMs) / ctx.widthMs);
    const to = Math.min(ctx.length - 1, Math.floor((finding.startMs + ECHO_MS - ctx.startMs) / ctx.widthMs));
    if (from < 0 || from > to) return finding;
    const echoes: string[] = [];
    const files = new Set(finding.files);
    for (const source of ctx.sources) {
      if (source.files.every((f) => files.has(f))) continue;
      const inside = sum(source.errors, from, to);
      const slots = to - from + 1;
      const echo = echoOf(
        inside,
        sum(source.errors) - inside,
        source.last - source.first + 1 - slots,
        slots,
        timeOf(ctx, from),
        ctx.widthMs,
      );
      if (echo === null) continue;
      echoes.push(`${source.name} logged ${echo}`);
      for (const f of source.files) files.add(f);
    }
    // Buckets of five minutes or more: the minute of the crash and the one after, file by file.
    if (ctx.widthMs > MINUTE_MS)
      for (const file of ctx.fileErrorMinutes) {
        if (files.has(file.file)) continue;
        const echo = minuteEcho(file, finding.startMs);
        if (echo === null) continue;
        echoes.push(`${file.file} logged ${echo}`);
        files.add(file.file);
      }
    for (const stall of ctx.filePauses) {
      if (files.has(stall.file)) continue;
      const echo = stallEcho(stall, finding.startMs);
      if (echo === null) continue;
      echoes.push(echo);
      files.add(stall.file);
    }
    if (echoes.length === 0) return finding;
    return {
      ...finding,
      files: [...files].sort(),
      description: `${finding.description.replace(/\.$/, '')}; ${echoes.join('; ')}.`,
    };
  });
}
