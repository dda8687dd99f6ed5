// Robust statistics on small series (at most a few hundred buckets): medians, MAD, local baselines.

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  // A typed array sorts numbers without calling a comparator: the detectors take many small medians.
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** Median absolute deviation, scaled to estimate a standard deviation for normal data. */
export function robustSigma(values: readonly number[], center = median(values)): number {
  return 1.4826 * median(values.map((v) => Math.abs(v - center)));
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[index] ?? 0;
}

export interface LocalBaseline {
  center: number[];
  sigma: number[];
}

/**
 * Rolling median over a centred window, and the rolling MAD of the residuals around it: follows slow
 * trends and daily seasonality on long files (the swing does not inflate sigma), while a burst shorter
 * than half the window cannot drag its own baseline up.
 */
export function localBaseline(
  values: readonly number[],
  halfWindow: number,
  skip?: readonly boolean[],
): LocalBaseline {
  const center = rollingMedian(values, halfWindow, skip);
  const residuals = values.map((v, i) => Math.abs(v - (center[i] ?? 0)));
  const sigma = rollingMedian(residuals, halfWindow, skip).map((m) => 1.4826 * m);
  return { center, sigma };
}

/**
 * Rolling median with a sorted window updated in place: O(n·w) with small constants. Near either end
 * of the series the window keeps its full width, shifted inwards instead of cut short: a cut window
 * gives a burst at the end of a file (an incident still going on when the logs were taken) a say in
 * its own baseline, and the residuals of the quiet buckets around it grow with it.
 */
function rollingMedian(values: readonly number[], halfWindow: number, skip?: readonly boolean[]): number[] {
  const n = values.length;
  const out: number[] = [];
  const window: number[] = [];
  const include = (j: number) => j >= 0 && j < n && !skip?.[j];
  const plainValues = plain(values);
  let lo = 0;
  let hi = Math.min(n - 1, 2 * halfWindow);
  for (let j = lo; j <= hi; j++) if (include(j)) insertSorted(window, values[j] ?? 0);
  for (let i = 0; i < n; i++) {
    // The window of bucket i: [i - halfWindow, i + halfWindow], moved inside [0, n - 1].
    const wantHi = Math.min(n - 1, Math.max(i + halfWindow, 2 * halfWindow));
    const wantLo = Math.max(0, Math.min(i - halfWindow, n - 1 - 2 * halfWindow));
    // A bucket coming in with the value of the one going out leaves the window as it is: most of a
    // quiet series' steps (a zero in, a zero out), no search and no splice; with another value, the
    // one takes the other's place (see replaceSorted).
    while (hi < wantHi && lo < wantLo) {
      const incoming = include(++hi);
      const outgoing = include(lo++);
      const value = values[hi] ?? 0;
      const old = values[lo - 1] ?? 0;
      if (incoming && outgoing && plainValues) {
        if (value !== old) replaceSorted(window, old, value);
        continue;
      }
      if (incoming) insertSorted(window, value);
      if (outgoing) removeSorted(window, old);
    }
    while (hi < wantHi) if (include(++hi)) insertSorted(window, values[hi] ?? 0);
    while (lo < wantLo) if (include(lo++)) removeSorted(window, values[lo - 1] ?? 0);
    out.push(sortedMedian(window));
  }
  return out;
}

/** Whether no value is NaN or -0 (see replaceSorted). */
function plain(values: readonly number[]): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (v !== v || (v === 0 && 1 / v < 0)) return false;
  }
  return true;
}

/** Index of the first element ≥ `value` in an ascending list (its length when there is none). */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(sorted: number[], value: number): void {
  sorted.splice(lowerBound(sorted, value), 0, value);
}

function removeSorted(sorted: number[], value: number): void {
  const at = lowerBound(sorted, value);
  if (sorted[at] === value) sorted.splice(at, 1);
}

/**
 * removeSorted(old) and insertSorted(value) at once: the values between the two places move by one,
 * not the whole window twice (a window holds up to 181 buckets; the two splices were a fifth of what
 * `finish` executed on a short file). Only for a series without NaN or -0 (see `plain`), which the
 * two steps order their own way.
 */
function replaceSorted(sorted: number[], old: number, value: number): void {
  let at = lowerBound(sorted, old);
  if (sorted[at] !== old) {
    insertSorted(sorted, value);
    return;
  }
  if (value > old) {
    for (; at + 1 < sorted.length && (sorted[at + 1] ?? 0) < value; at++) sorted[at] = sorted[at + 1] ?? 0;
  } else {
    for (; at > 0 && (sorted[at - 1] ?? 0) > value; at--) sorted[at] = sorted[at - 1] ?? 0;
  }
  sorted[at] = value;
}

function sortedMedian(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

export function halfWindowFor(buckets: number): number {
  return Math.min(90, Math.max(15, Math.round(buckets / 4)));
}

export interface Run {
  from: number;
  to: number;
}

/** Groups flagged indexes into runs, bridging gaps of at most `maxGap` unflagged buckets. */
export function findRuns(flags: readonly boolean[], maxGap = 1): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (let i = 0; i < flags.length; i++) {
    if (!flags[i]) continue;
    if (current && i - current.to - 1 <= maxGap) current.to = i;
    else {
      current = { from: i, to: i };
      runs.push(current);
    }
  }
  return runs;
}

export function sum(values: readonly number[], from = 0, to = values.length - 1): number {
  let total = 0;
  for (let i = from; i <= to; i++) total += values[i] ?? 0;
  return total;
}

/** Maps a positive score onto 0–1 confidence; `half` is the score that gives 0.5. */
export function confidenceOf(score: number, half: number): number {
  const c = 1 - Math.pow(0.5, Math.max(0, score) / half);
  return Math.round(Math.min(0.99, c) * 100) / 100;
}

/** P(X ≥ k) for X Poisson with mean `mean`. */
export function poissonTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  // The first term, e^-mean mean^k / k!, in logs; the next ones by their ratio, until they vanish.
  let logTerm = -mean + k * Math.log(mean);
  for (let i = 2; i <= k; i++) logTerm -= Math.log(i);
  let term = Math.exp(logTerm);
  let total = 0;
  for (let i = k; i < k + 1000 && term > total * 1e-12; i++) {
    total += term;
    term *= mean / (i + 1);
  }
  return Math.min(1, total);
}
