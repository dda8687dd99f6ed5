/** A realistic hour of a service's log with an injected incident: a burst of database errors. */
export function appLogWithIncident(options: { start?: Date; incidentMinute?: number } = {}): string {
  const start = (options.start ?? new Date('2026-11-25T10:00:00Z')).getTime();
  const incident = options.incidentMinute ?? 40;
  const lines: string[] = [];
  for (let second = 0; second < 3600; second += 2) {
    const at = new Date(start + second * 1000).toISOString().replace('T', ' ').replace('Z', '');
    const minute = Math.floor(second / 60);
    lines.push(
      `${at} INFO  [http-nio-8080-exec-${(second % 7) + 1}] c.a.OrderController - GET /api/orders/${1000 + (second % 97)} completed in ${20 + (second % 13)} ms`,
    );
    if (second % 30 === 0) lines.push(`${at} DEBUG [scheduler-1] c.a.CacheWarmer - refreshed 42 entries`);
    if (minute >= incident && minute < incident + 5) {
      lines.push(
        `${at} ERROR [http-nio-8080-exec-3] c.a.db.Pool - Connection refused: db-primary:5432 (attempt ${(second % 5) + 1})`,
      );
      lines.push(
        `${at} ERROR [http-nio-8080-exec-4] c.a.db.Pool - Connection refused: db-primary:5432 (attempt ${(second % 3) + 1})`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** An nginx access log for the same hour. */
export function accessLog(options: { start?: Date } = {}): string {
  const start = (options.start ?? new Date('2026-11-25T10:00:00Z')).getTime();
  const lines: string[] = [];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  for (let second = 0; second < 3600; second += 3) {
    const d = new Date(start + second * 1000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const stamp = `${pad(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
    lines.push(
      `10.0.${second % 4}.${(second % 200) + 1} - - [${stamp}] "GET /api/orders/${1000 + (second % 97)} HTTP/1.1" 200 ${512 + (second % 50)} "-" "curl/8.5.0"`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Multipart body of several files, built by hand so tests control the exact bytes. */
export function multipart(files: { name: string; content: string | Buffer }[]): {
  body: Buffer;
  contentType: string;
} {
  const boundary = `----logai${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    parts.push(typeof file.content === 'string' ? Buffer.from(file.content) : file.content);
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
