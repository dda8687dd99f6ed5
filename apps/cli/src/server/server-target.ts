import { ConfigError, loadCliConfig, type CliConfig } from '@logai/config';
import type { CliArgs } from '../lib/parse-cli-args';
import { UsageError } from '../lib/parse-cli-args';
import type { ServerTarget } from './api-client';

/** --server and --api-key, falling back to LOGAI_SERVER and LOGAI_API_KEY. */
export function resolveServerTarget(args: CliArgs): ServerTarget {
  const config = readConfig();
  const server = args.options.get('server') ?? config.LOGAI_SERVER;
  const apiKey = args.options.get('api-key') ?? config.LOGAI_API_KEY;
  if (server === undefined) throw new UsageError('missing --server URL (or LOGAI_SERVER)');
  if (apiKey === undefined || apiKey === '') throw new UsageError('missing --api-key KEY (or LOGAI_API_KEY)');
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new UsageError(`--server must be a URL such as http://localhost:8000, got "${server}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--server must be an http:// or https:// URL, got "${server}"`);
  return { url: url.href.replace(/\/+$/, ''), apiKey };
}

function readConfig(): CliConfig {
  try {
    return loadCliConfig();
  } catch (err) {
    // A malformed LOGAI_SERVER is the user's to fix, like a malformed --server.
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}
