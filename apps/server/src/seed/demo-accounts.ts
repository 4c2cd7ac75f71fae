import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../lib/db/types.ts';
import type { DemoLogin } from '../lib/demo/step.ts';
import { users } from '../modules/identity/identity.tables.ts';
import {
  createUserWithPassword,
  type Role,
  recordConsent,
  systemAuditContext,
} from '../modules/identity/index.ts';

/** Shown on the console at start; demo accounts exist only in demo data, never in production. */
export const DEMO_PASSWORD = 'inohub-demo-2026';

export type { DemoLogin } from '../lib/demo/step.ts';

export const DEMO_ACCOUNTS: ReadonlyArray<{
  role: Role;
  email: string;
  name: string;
  locale: 'ru' | 'en';
  timeZone: string;
}> = [
  {
    role: 'admin',
    email: 'admin@demo.inohub.ru',
    name: 'Ольга Администратова',
    locale: 'ru',
    timeZone: 'Asia/Tomsk',
  },
  {
    role: 'zone_admin',
    email: 'zone@demo.inohub.ru',
    name: 'Сергей Зональный',
    locale: 'ru',
    timeZone: 'Asia/Tomsk',
  },
  {
    role: 'incubator_manager',
    email: 'incubator@demo.inohub.ru',
    name: 'Марина Инкубаторова',
    locale: 'ru',
    timeZone: 'Asia/Tomsk',
  },
  {
    role: 'analyst',
    email: 'analyst@demo.inohub.ru',
    name: 'Дмитрий Аналитиков',
    locale: 'ru',
    timeZone: 'Asia/Tomsk',
  },
  {
    role: 'mentor',
    email: 'mentor@demo.inohub.ru',
    name: 'Anna Weber',
    locale: 'en',
    timeZone: 'Europe/Berlin',
  },
  {
    role: 'investor',
    email: 'investor@demo.inohub.ru',
    name: 'Алексей Венчуров',
    locale: 'ru',
    timeZone: 'Asia/Tomsk',
  },
  {
    role: 'founder',
    email: 'founder@demo.inohub.ru',
    name: 'Екатерина Основина',
    locale: 'ru',
    timeZone: 'Asia/Tomsk',
  },
  {
    role: 'recruiter',
    email: 'recruiter@demo.inohub.ru',
    name: 'Ирина Кадрова',
    locale: 'ru',
    timeZone: 'Asia/Tomsk',
  },
  {
    role: 'career_office',
    email: 'career@demo.inohub.ru',
    name: 'Наталья Карьерова',
    locale: 'ru',
    timeZone: 'Asia/Tomsk',
  },
  {
    role: 'student',
    email: 'student@demo.inohub.ru',
    name: 'Иван Студентов',
    locale: 'ru',
    timeZone: 'Asia/Tomsk',
  },
];

/** Creates the demo logins (or, with onlyList, lists the ones that exist). */
export async function seedDemoAccounts(db: Db, options: { onlyList?: boolean }): Promise<DemoLogin[]> {
  if (options.onlyList) {
    const rows = await db
      .select({ id: users.id, email: users.email, name: users.name })
      .from(users)
      .where(
        and(
          eq(users.isDemo, true),
          inArray(
            users.email,
            DEMO_ACCOUNTS.map((a) => a.email),
          ),
        ),
      );
    const byEmail = new Map(rows.map((r) => [r.email, r]));
    return DEMO_ACCOUNTS.flatMap((a) => {
      const r = byEmail.get(a.email);
      return r ? [{ role: a.role, email: a.email, name: r.name, userId: r.id }] : [];
    });
  }
  const logins: DemoLogin[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const u = await createUserWithPassword(db, systemAuditContext, {
      email: a.email,
      name: a.name,
      password: DEMO_PASSWORD,
      roles: [a.role],
      locale: a.locale,
      timeZone: a.timeZone,
      emailVerified: true,
      isDemo: true,
    });
    // As if they had signed up: the consent to processing is in the ledger.
    await recordConsent(db, { userId: u.id, purpose: 'processing', granted: true });
    logins.push({ role: a.role, email: a.email, name: a.name, userId: u.id });
  }
  return logins;
}
