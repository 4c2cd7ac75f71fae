import { eq, getTableColumns, getTableName, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/types.ts';

/**
 * Personal data in code (RELIABILITY.md, Privacy; 152-FZ art. 5 and 18.1): every column holding
 * something about a person is tagged with why we keep it and for how long, next to its module's
 * tables. "Export my data" reads exactly the tagged columns of the person's rows, and a test fails
 * on a column that looks personal but is not tagged (or declared not personal, with the reason).
 */
export const PURPOSES = [
  /** Run the account: sign-in, language, time zone, who the person is. */
  'account',
  /** Keep the account safe: sessions, the addresses they came from, failed sign-ins. */
  'security',
  /** Answer for privileged actions: the audit trail and who did what in a workflow. */
  'accountability',
  /** The opt-in public profile and organization memberships. */
  'profile',
  /** Mail the person was sent. */
  'communication',
  /** A student's or graduate's career: studies, skills, applications, and where they went to work (talent). */
  'career',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const RETENTIONS = [
  /** Deleted with the account. */
  'account_lifetime',
  /** Deleted when the session expires or is revoked. */
  'session',
  /** Kept as long as the record it belongs to (an application, a report, a case): a legal record. */
  'record_lifetime',
  /** The audit log is append-only and kept 5 years; the person is pseudonymized on account deletion. */
  'audit_5_years',
  /** Sent mail is kept 1 year for delivery questions. */
  'one_year',
  /**
   * Graduate outcomes are kept 5 years after graduation, the horizon of the retention figures
   * (docs/domain/talent.md, "Retention"), then deleted; the person may ask for earlier deletion.
   */
  'graduate_monitoring_5_years',
] as const;
export type Retention = (typeof RETENTIONS)[number];

export interface PersonalField {
  purpose: Purpose;
  retention: Retention;
}

export interface PersonalDataSpec {
  table: PgTable;
  /**
   * How the person's rows are found: by their user id in a column, by their email address in a
   * column, or not at all (the values belong to records found through another table).
   */
  subject: { by: 'user_id' | 'email'; column: PgColumn } | null;
  /** Personal columns by their property name in the table. */
  fields: Record<string, PersonalField>;
  /** Columns exported with the person's rows to give them meaning (which application, when). */
  context?: string[];
  /** Columns whose names look personal but are not about a person, with the reason. */
  notPersonal?: Record<string, string>;
}

/** A column name that suggests personal data (checked by the privacy gate test). */
export const LOOKS_PERSONAL =
  /(^|_)(name|email|phone|ip|ip_address|user_agent|address|bio|city|birth|image|avatar|user_id|actor_id|admin_id|to_address|identifier|inn|ogrn|website|headline|skills|position|title|original_name)$|_by$/;

/**
 * Everything the specs hold about one person: per table, their rows with the tagged and context
 * columns only. Tables found by email use the person's current address.
 */
export async function collectPersonalData(
  db: Db,
  specs: readonly PersonalDataSpec[],
  person: { userId: string; email: string },
): Promise<Record<string, Array<Record<string, unknown>>>> {
  const out: Record<string, Array<Record<string, unknown>>> = {};
  for (const spec of specs) {
    if (!spec.subject) continue;
    const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
    const keys = [...new Set([...(spec.context ?? []), ...Object.keys(spec.fields)])].filter(
      (k) => k in columns,
    );
    const selection = Object.fromEntries(keys.map((k) => [k, columns[k] as PgColumn]));
    const where: SQL = eq(spec.subject.column, spec.subject.by === 'user_id' ? person.userId : person.email);
    // One table after another: the caller may hold a transaction's single connection.
    const rows = await db.select(selection).from(spec.table).where(where);
    if (rows.length) out[getTableName(spec.table)] = rows;
  }
  return out;
}
