// Samples the resident memory of one process of the stack (found among the launcher's children by its
// command line) from /proc, and reads the kernel's own high-water mark (VmHWM) as a cross-check.
import { readFile, readdir } from 'node:fs/promises';

export async function findChild(parentPid: number, argsContain: string): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Field 4 (ppid) comes after the command name in parentheses, which may itself contain spaces.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid !== parentPid) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.replace(/\0/g, ' ').includes(argsContain)) return Number(entry);
  }
  return undefined;
}

async function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  return kb === undefined ? undefined : Number(kb) * 1024;
}

export interface RssSampler {
  current(): number;
  peak(): number;
  /** Peak and the kernel's high-water mark, read before the process goes away. */
  stop(): Promise<{ peak: number; highWaterMark: number | undefined; samples: number }>;
}

export function sampleRss(pid: number, everyMs = 250): RssSampler {
  let peak = 0;
  let current = 0;
  let samples = 0;
  const timer = setInterval(() => {
    void statusField(pid, 'VmRSS').then((rss) => {
      if (rss === undefined) return;
      samples++;
      current = rss;
      peak = Math.max(peak, rss);
    });
  }, everyMs);
  return {
    current: () => current,
    peak: () => peak,
    async stop() {
      clearInterval(timer);
      return { peak, highWaterMark: await statusField(pid, 'VmHWM'), samples };
    },
  };
}
