import { describe, expect, it } from 'vitest';
import { newPatternTrack } from './pattern-track';
import { mergeTracks } from './resolve-patterns';

describe('mergeTracks', () => {
  it("keeps where the folded clusters' requests write their status", () => {
    // Heroku's router lines, two clusters until their methods became a variable (blind3 329/s09):
    // the volume detector reads the status key to know the file logs requests.
    const get = newPatternTrack('c1', 'a', 'method=GET path=<*> status=<*>', true, []);
    const post = newPatternTrack('c2', 'b', 'method=POST path=<*> status=<*>', true, []);
    get.count = 30;
    post.count = 10;
    post.statusKey = 'status';
    const merged = mergeTracks('a', 'method=<*> path=<*> status=<*>', [get, post]);
    expect(merged.count).toBe(40);
    expect(merged.statusKey).toBe('status');
    // A status the message writes (Phoenix's `Sent <*> in <*>`) is found again in the merged template.
    const sent = newPatternTrack('c3', 'c', 'Sent 200 in <*>', true, []);
    const failed = newPatternTrack('c4', 'd', 'Sent 500 in <*>', true, []);
    sent.statusSlot = -1;
    failed.statusSlot = 0;
    expect(mergeTracks('c', 'Sent <*> in <*>', [sent, failed]).statusSlot).toBe(0);
    expect(mergeTracks('c', 'Sent <*> in <*>', [sent, { ...failed, statusSlot: -1 }]).statusSlot).toBe(-1);
  });
});
