import type { Logger } from '@logai/core';

/**
 * Runs `close` once on SIGINT/SIGTERM, or when stdin ends under `--supervised` (the launcher that
 * started us is gone, even if it was killed), then exits.
 */
export function onShutdown(logger: Logger, close: () => Promise<void>): void {
  let closing = false;
  const stop = (reason: string) => {
    if (closing) return;
    closing = true;
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  if (process.argv.includes('--supervised')) {
    process.stdin.resume();
    process.stdin.once('end', () => stop('launcher exited'));
  }
}
