import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '@logai/core';

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  isAlive(): boolean;
}

/**
 * Starts a child in its own process group: a terminal Ctrl-C reaches only the launcher, which then
 * stops the children in order (and PostgreSQL last). stdin stays a pipe so a supervised child notices
 * when the launcher is gone, however it died.
 */
export function startChild(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; logger: Logger },
): Child {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  let alive = true;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      alive = false;
      resolve(code);
    }),
  );
  options.logger.debug({ child: name, pid: child.pid }, 'started');
  return { name, process: child, exited, isAlive: () => alive };
}

/** SIGTERM to the child's whole process group, SIGKILL after the grace period. */
export async function stopChild(child: Child, graceMs = 10_000): Promise<void> {
  if (!child.isAlive() || child.process.pid === undefined) return;
  const group = -child.process.pid;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(group, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
  // Anything the child left in its group (e.g. a Next.js render worker) goes too.
  signal('SIGKILL');
}
