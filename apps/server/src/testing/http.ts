import type { LightMyRequestResponse } from 'fastify';
import type { SignedIn, TestApp } from './test-app.ts';

// Requests the modules' integration tests make against a real app (createTestApp).

/** A small valid PDF (starts with the `%PDF-` magic bytes). */
export const PDF = Buffer.from('%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
/** A PNG header: not a PDF, whatever its name says. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

/** A multipart body with one file field `file`. */
export function multipart(fileName: string, data: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----inohub${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** One request as `who` (or anonymously), JSON body when given. */
export async function call(
  t: TestApp,
  who: SignedIn | null,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: who ? { cookie: who.cookie } : {},
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

/** The JSON body, after checking the status (the message shows the body when it is not the expected one). */
export function ok(res: LightMyRequestResponse, status = 200) {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json();
}
