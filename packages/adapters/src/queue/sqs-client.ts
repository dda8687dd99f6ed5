import { SQSClient } from '@aws-sdk/client-sqs';
import type { AwsCredentials } from '../blob/s3-client';

export interface SqsClientOptions {
  region: string;
  /** An SQS-compatible endpoint (moto, ElasticMQ); unset means AWS. */
  endpoint?: string;
  /** Unset: the SDK's default chain (environment, profile, instance or task role). */
  credentials?: AwsCredentials;
}

export function createSqsClient(options: SqsClientOptions): SQSClient {
  return new SQSClient({
    region: options.region,
    endpoint: options.endpoint,
    credentials: options.credentials,
  });
}
