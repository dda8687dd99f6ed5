import { Upload } from '@logai/contracts';
import { readJson, type ApiClient } from './api-client';
import type { UploadBody } from './upload-body';

/** POSTs the body as a stream (`duplex: 'half'`), reporting the bytes handed to the socket. */
export async function sendUpload(
  client: ApiClient,
  body: UploadBody,
  onBytes: (sent: number) => void,
): Promise<Upload> {
  let sent = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of body.chunks()) {
      yield chunk;
      sent += chunk.length;
      onBytes(sent);
    }
  }
  // The server may refuse (413, 401) before the whole body is sent: stop reading the file then.
  const abort = new AbortController();
  const response = await client
    .send(`/api/v1/uploads${body.query}`, {
      method: 'POST',
      signal: abort.signal,
      headers: {
        'content-type': body.contentType,
        'content-length': String(body.length),
        accept: 'application/json',
      },
      body: counted(),
      duplex: 'half',
    })
    .catch((err: unknown) => {
      abort.abort();
      throw err;
    });
  return Upload.parse(await readJson(response, client.target.url));
}
