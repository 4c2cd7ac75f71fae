import { z } from 'zod';
import { PageQuery, pageOf, Uuid } from '../common.ts';
import { EmployerStatusSchema } from './enums.ts';

// Employers and their approval (docs/domain/talent.md, "Employers").

export const EmployerView = z.object({
  organizationId: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  inn: z.string().nullable(),
  city: z.string(),
  website: z.string().nullable(),
  status: EmployerStatusSchema,
  requestedAt: z.date(),
  decidedAt: z.date().nullable(),
  decisionNote: z.string().nullable(),
  /** Postings published (public or waiting for the approval). */
  openPostings: z.number().int(),
});
export type EmployerView = z.infer<typeof EmployerView>;

/** `GET /api/talent/employers?status=` — career offices and administrators review the queue. */
export const EmployerListQuery = z.object({ status: EmployerStatusSchema.optional(), ...PageQuery });
export const EmployerPage = pageOf(EmployerView);

export const EmployerParams = z.object({ organizationId: Uuid });

/** `POST /api/talent/employers/:organizationId/request` — a recruiter asks for their company's approval. */
export const EmployerRequestBody = z.object({}).strict();

/** `POST /api/talent/employers/:organizationId/decision` — approve, reject or suspend (note required unless approving). */
export const EmployerDecisionBody = z
  .object({
    decision: z.enum(['approved', 'rejected', 'suspended']),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((b) => b.decision === 'approved' || (b.note && b.note.length > 0), {
    message: 'Say why, so that the employer knows what to fix',
    path: ['note'],
  });

/**
 * `GET /api/talent/employers/mine` — the companies the caller recruits for, with their standing
 * (`none`: approval not asked for yet; postings can be drafted but stay hidden).
 */
export const MyEmployerView = z.object({
  organizationId: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  status: EmployerStatusSchema.or(z.literal('none')),
  decidedAt: z.date().nullable(),
  decisionNote: z.string().nullable(),
});
export type MyEmployerView = z.infer<typeof MyEmployerView>;
export const MyEmployers = z.array(MyEmployerView);
