import { describe, expect, it } from 'vitest';
import { loadAdaptersConfig } from './adapters-config';

describe('adapters config', () => {
  it('defaults to the embedded adapters', () => {
    expect(loadAdaptersConfig({})).toMatchObject({
      BLOB_STORE: 'filesystem',
      BLOB_DIR: '.logai/blobs',
      QUEUE: 'postgres',
      PUBSUB: 'postgres',
      S3_FORCE_PATH_STYLE: false,
    });
  });

  it('accepts the scaled adapters with their settings', () => {
    const config = loadAdaptersConfig({
      BLOB_STORE: 's3',
      S3_BUCKET: 'logai-uploads',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
      QUEUE: 'sqs',
      SQS_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/logai-jobs',
      PUBSUB: 'redis',
      REDIS_URL: 'rediss://cache:6379',
    });
    expect(config).toMatchObject({
      BLOB_STORE: 's3',
      S3_FORCE_PATH_STYLE: true,
      QUEUE: 'sqs',
      PUBSUB: 'redis',
    });
  });

  it('names each variable a chosen adapter needs but did not get', () => {
    const attempt = () => loadAdaptersConfig({ BLOB_STORE: 's3', QUEUE: 'sqs', PUBSUB: 'redis' });
    expect(attempt).toThrow(/S3_BUCKET: is required when BLOB_STORE=s3/);
    expect(attempt).toThrow(/SQS_QUEUE_URL: is required when QUEUE=sqs/);
    expect(attempt).toThrow(/REDIS_URL: is required when PUBSUB=redis/);
  });

  it('rejects unknown adapters and malformed values, naming the variable', () => {
    expect(() => loadAdaptersConfig({ BLOB_STORE: 'gcs' })).toThrow(/BLOB_STORE: expected filesystem or s3/);
    expect(() => loadAdaptersConfig({ REDIS_URL: 'http://cache' })).toThrow(
      /REDIS_URL: expected a redis:\/\//,
    );
    expect(() => loadAdaptersConfig({ S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/S3_FORCE_PATH_STYLE/);
  });
});
