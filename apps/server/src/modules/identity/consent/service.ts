import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { consents } from '../identity.tables.ts';
import { CONSENT_PURPOSES, CONSENT_TEXTS, type ConsentPurpose } from './texts.ts';

/** Records a consent given or withdrawn, with the current version of its text. */
export async function recordConsent(
  db: Db,
  input: { userId: string; purpose: ConsentPurpose; granted: boolean; ip?: string | null },
): Promise<void> {
  await db.insert(consents).values({
    userId: input.userId,
    purpose: input.purpose,
    version: CONSENT_TEXTS[input.purpose].version,
    granted: input.granted,
    ip: input.ip ?? null,
  });
}

/** Whether the latest record of a purpose is a grant (no record: not given). */
export async function hasConsent(db: Db, userId: string, purpose: ConsentPurpose): Promise<boolean> {
  const [latest] = await db
    .select({ granted: consents.granted })
    .from(consents)
    .where(and(eq(consents.userId, userId), eq(consents.purpose, purpose)))
    .orderBy(desc(consents.createdAt), desc(consents.id))
    .limit(1);
  return latest?.granted ?? false;
}

/** The person's consents: per purpose the one in force and its text, plus the whole history. */
export async function consentsOf(db: Db, userId: string) {
  const history = await db
    .select({
      purpose: consents.purpose,
      version: consents.version,
      granted: consents.granted,
      createdAt: consents.createdAt,
    })
    .from(consents)
    .where(eq(consents.userId, userId))
    .orderBy(desc(consents.createdAt), desc(consents.id));
  return {
    current: CONSENT_PURPOSES.map((purpose) => {
      const latest = history.find((h) => h.purpose === purpose);
      return {
        purpose,
        granted: latest?.granted ?? false,
        version: latest?.version ?? null,
        since: latest?.createdAt ?? null,
        text: CONSENT_TEXTS[purpose],
      };
    }),
    history,
  };
}
