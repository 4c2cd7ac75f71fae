import type { Role } from '../../../lib/session.ts';

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  locale: string;
  timeZone: string;
  roles: Role[];
  disabled: boolean;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  actorId: string | null;
  actorRoles: string[];
  action: string;
  objectType: string;
  objectId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  requestId: string | null;
  createdAt: string;
}

export interface OutboxMail {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  status: string;
  template: string;
  locale: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}
