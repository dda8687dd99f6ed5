import { CreateQueueCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { createSqsClient, type SqsClientOptions } from './sqs-client';

export interface EnsureSqsQueuesOptions extends SqsClientOptions {
  /** Name of the job queue; its dead-letter queue is `<name>-dlq`. */
  name: string;
  /** Receives after which SQS itself moves a message to the dead-letter queue (a job that kills its worker). */
  maxReceiveCount?: number;
  visibilityTimeoutSeconds?: number;
}

/**
 * Creates (or finds) the job queue and its dead-letter queue, wired with a redrive policy. For tests
 * and local use; in AWS the queues come from Terraform.
 */
export async function ensureSqsQueues(
  options: EnsureSqsQueuesOptions,
): Promise<{ queueUrl: string; deadLetterQueueUrl: string }> {
  const client = createSqsClient(options);
  try {
    const deadLetter = await client.send(
      new CreateQueueCommand({
        QueueName: `${options.name}-dlq`,
        Attributes: { MessageRetentionPeriod: '1209600' },
      }),
    );
    const deadLetterQueueUrl = required(deadLetter.QueueUrl, 'dead-letter queue URL');
    const attributes = await client.send(
      new GetQueueAttributesCommand({ QueueUrl: deadLetterQueueUrl, AttributeNames: ['QueueArn'] }),
    );
    const deadLetterTargetArn = required(attributes.Attributes?.QueueArn, 'dead-letter queue ARN');
    const queue = await client.send(
      new CreateQueueCommand({
        QueueName: options.name,
        Attributes: {
          VisibilityTimeout: String(options.visibilityTimeoutSeconds ?? 30),
          RedrivePolicy: JSON.stringify({
            deadLetterTargetArn,
            maxReceiveCount: options.maxReceiveCount ?? 20,
          }),
        },
      }),
    );
    return { queueUrl: required(queue.QueueUrl, 'queue URL'), deadLetterQueueUrl };
  } finally {
    client.destroy();
  }
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new Error(`SQS did not return the ${what}`);
  return value;
}
