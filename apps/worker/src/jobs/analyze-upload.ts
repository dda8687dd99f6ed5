import { analyzeUpload, type Context, type JobHandler } from '@logai/core';

export function analyzeUploadJob(ctx: Context): JobHandler<'analyze-upload'> {
  return async (payload, job) => {
    await analyzeUpload({ ctx, input: payload, job });
  };
}
