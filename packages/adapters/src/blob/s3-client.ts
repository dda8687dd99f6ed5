import { S3Client } from '@aws-sdk/client-s3';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface S3ClientOptions {
  region: string;
  /** An S3-compatible endpoint (MinIO, moto); unset means AWS. */
  endpoint?: string;
  /** Path-style URLs (http://host/bucket/key), needed by most S3-compatible servers. */
  forcePathStyle?: boolean;
  /** Unset: the SDK's default chain (environment, profile, instance or task role). */
  credentials?: AwsCredentials;
}

export function createS3Client(options: S3ClientOptions): S3Client {
  return new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.credentials,
    // Checksums only where S3 demands them: presigned URLs then carry no body checksum that a
    // browser's PUT could not match, and S3-compatible servers need not implement CRC32.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
