import type { Db } from '../../../lib/db/types.ts';
import { listUsers } from '../../identity/index.ts';
import { memberRecipients } from '../directory-port.ts';

export interface Recipient {
  email: string;
  name: string;
  locale: 'ru' | 'en';
}

/**
 * The people who act for a company as an employer: its directory members who hold the recruiter
 * role (a founder or accountant of the company does not get its applications). A company is a
 * handful of members, so one look-up per member is cheap.
 */
export async function companyRecruiters(db: Db, organizationId: string): Promise<Recipient[]> {
  const out: Recipient[] = [];
  for (const member of await memberRecipients(db, organizationId)) {
    const { items } = await listUsers(db, { q: member.email, role: 'recruiter', page: 1, pageSize: 5 });
    if (items.some((u) => u.email === member.email)) out.push(member);
  }
  return out;
}
