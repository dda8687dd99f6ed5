import { loadAdaptersConfig } from '@logai/config';
import { describePubSubContract } from '../../../../test/support/pub-sub-contract';
import { createLogger } from '../logger';
import { createRedisPubSub } from './redis-pub-sub';

// REDIS_URL when set, else the Redis these machines run locally.
const url = loadAdaptersConfig().REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger({ name: 'test', level: 'silent', pretty: false });

describePubSubContract('Redis', () => createRedisPubSub({ url, logger }));
