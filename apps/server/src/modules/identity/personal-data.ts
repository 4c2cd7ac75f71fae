import type { PersonalDataSpec } from '../../lib/privacy/personal-data.ts';
import {
  accounts,
  auditLog,
  consents,
  sessions,
  userRoles,
  users,
  verifications,
} from './identity.tables.ts';

const account = { purpose: 'account', retention: 'account_lifetime' } as const;
const security = { purpose: 'security', retention: 'session' } as const;

/** What identity keeps about a person, why and how long (see lib/privacy/personal-data.ts). */
export const identityPersonalData: PersonalDataSpec[] = [
  {
    table: users,
    subject: { by: 'user_id', column: users.id },
    fields: { name: account, email: account, image: account, locale: account, timeZone: account },
    context: ['id', 'emailVerified', 'createdAt'],
  },
  {
    table: sessions,
    subject: { by: 'user_id', column: sessions.userId },
    fields: { ipAddress: security, userAgent: security, userId: security },
    context: ['createdAt', 'expiresAt'],
  },
  {
    // The password is a scrypt hash: a credential, never exported; the row itself says how one signs in.
    table: accounts,
    subject: { by: 'user_id', column: accounts.userId },
    fields: { userId: account },
    context: ['providerId', 'createdAt'],
  },
  {
    table: userRoles,
    subject: { by: 'user_id', column: userRoles.userId },
    fields: { userId: account, grantedBy: { purpose: 'accountability', retention: 'account_lifetime' } },
    context: ['role', 'createdAt'],
  },
  {
    table: auditLog,
    subject: { by: 'user_id', column: auditLog.actorId },
    fields: {
      actorId: { purpose: 'accountability', retention: 'audit_5_years' },
      ip: { purpose: 'accountability', retention: 'audit_5_years' },
    },
    context: ['action', 'objectType', 'objectId', 'createdAt'],
  },
  {
    // The consent ledger: proof of consent is kept as long as the audit trail (the id is pseudonymous after erasure).
    table: consents,
    subject: { by: 'user_id', column: consents.userId },
    fields: {
      userId: { purpose: 'accountability', retention: 'audit_5_years' },
      ip: { purpose: 'accountability', retention: 'audit_5_years' },
    },
    context: ['purpose', 'version', 'granted', 'createdAt'],
  },
  {
    // Verification and reset tokens addressed to an email; short-lived, never exported (secrets).
    table: verifications,
    subject: null,
    fields: { identifier: { purpose: 'security', retention: 'session' } },
  },
];
