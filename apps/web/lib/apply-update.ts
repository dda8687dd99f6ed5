import type { Upload, UploadUpdate } from '@logai/contracts';

/** An upload with a live status update applied. */
export function applyUpdate(upload: Upload, update: UploadUpdate): Upload {
  if (upload.id !== update.uploadId) return upload;
  return { ...upload, status: update.status, progress: update.progress, error: update.error };
}
