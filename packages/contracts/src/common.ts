import { z } from 'zod';

// Building blocks every module's contract uses.

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const DateStr = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'Invalid date',
  );

export const Uuid = z.uuid();

/** Money in kopecks (integer minor units of the rouble). */
export const Kopecks = z.number().int().min(0).max(9_000_000_000_000_000);

/** `?page=&pageSize=` of every list endpoint. */
export const PageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** A page of a list as every list endpoint answers it. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** `?flag=true|false` in a query string. */
export const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/** The interface languages: Russian first, English for foreign partners. */
export const LOCALES = ['ru', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;
