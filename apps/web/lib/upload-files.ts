import { Upload } from '@logai/contracts';
import { ApiError, refreshSession, withCsrf } from './http';

export interface UploadProgressReport {
  /** Bytes of each file sent so far, in the order given. */
  perFile: number[];
}

/**
 * Sends files in one multipart request (several files make one analysis: a bundle) with progress.
 * XMLHttpRequest, because fetch reports no upload progress. Parts go out in order, so the bytes sent
 * so far tell how far each file is.
 */
export async function uploadFiles(
  files: File[],
  onProgress: (report: UploadProgressReport) => void,
  options: UploadOptions = {},
): Promise<Upload> {
  const first = await sendOnce(files, onProgress, options);
  if (first.status !== 401) return parse(first);
  if (!(await refreshSession())) return parse(first);
  return parse(await sendOnce(files, onProgress, options));
}

export interface UploadOptions {
  signal?: AbortSignal;
  /**
   * The time zone of times written without one (an IANA name such as "Europe/Berlin", or "+05:30"):
   * `?timezone=`. Left out, the server reads them as UTC unless the other files of the upload tell.
   */
  timeZone?: string;
}

interface RawResponse {
  status: number;
  text: string;
}

function parse(response: RawResponse): Upload {
  if (response.status >= 200 && response.status < 300) return Upload.parse(JSON.parse(response.text));
  let message = `the server answered ${response.status}`;
  let code = 'INTERNAL';
  try {
    const body: unknown = JSON.parse(response.text);
    if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
      message = body.message;
      if ('code' in body && typeof body.code === 'string') code = body.code;
    }
  } catch {
    if (response.status === 413) message = 'the file is larger than this server accepts';
  }
  throw new ApiError(response.status, code, message);
}

function sendOnce(
  files: File[],
  onProgress: (report: UploadProgressReport) => void,
  { signal, timeZone }: UploadOptions,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open(
      'POST',
      timeZone ? `/api/v1/uploads?timezone=${encodeURIComponent(timeZone)}` : '/api/v1/uploads',
    );
    for (const [name, value] of Object.entries(withCsrf({ accept: 'application/json' }))) {
      xhr.setRequestHeader(name, value);
    }
    const sizes = files.map((file) => file.size);
    const totalFiles = sizes.reduce((sum, size) => sum + size, 0);
    xhr.upload.onprogress = (event) => {
      // Multipart framing adds a little per part; scale to file bytes so each bar ends at 100 %.
      const sent = event.lengthComputable && event.total > 0 ? (event.loaded / event.total) * totalFiles : 0;
      let left = sent;
      onProgress({
        perFile: sizes.map((size) => {
          const done = Math.max(0, Math.min(size, left));
          left -= size;
          return done;
        }),
      });
    };
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new ApiError(0, 'INTERNAL', 'the upload was interrupted (network error)'));
    xhr.onabort = () => reject(new ApiError(0, 'INTERNAL', 'the upload was cancelled'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
