import type { FastifyServerOptions } from 'fastify';

/** Values that must never reach a log line: passwords, session ids, tokens, emails, tax ids. */
export const LOG_REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.email',
  '*.inn',
  '*.snils',
];

const SECRET_QUERY = /([?&](?:token|callbackURL|email)=)[^&]*/gi;

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req(request: { method: string; url: string; ip?: string; id?: string }) {
        return {
          method: request.method,
          url: request.url.replace(SECRET_QUERY, '$1[redacted]'),
          ip: request.ip,
          id: request.id,
        };
      },
    },
  };
}
