import type { ResidentView } from '@inohub/contracts/zone/register';
import type { Db } from '../../../lib/db/types.ts';
import { todayInTomsk } from '../common.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { effectivePermittedActivities } from '../eligibility/service.ts';
import { type ResidentRow, sitesByIds } from './repo.ts';

/**
 * Register entries as the public sees them: the organization's name and INN from the directory,
 * the site's name, and activity codes named as the zone names them today.
 */
export async function residentViews(db: Db, rows: ResidentRow[]): Promise<ResidentView[]> {
  const orgs = await organizationFactsMany(db, [...new Set(rows.map((r) => r.organizationId))]);
  const sites = await sitesByIds(db, [...new Set(rows.map((r) => r.siteId).filter((s): s is string => !!s))]);
  const today = todayInTomsk();
  const activityNames = new Map<string, { nameRu: string; nameEn: string }>();
  for (const zoneId of new Set(rows.map((r) => r.zoneId)))
    for (const a of await effectivePermittedActivities(db, zoneId, today))
      activityNames.set(`${zoneId}:${a.code}`, a);
  return rows.map((r) => {
    const org = orgs.get(r.organizationId);
    const site = sites.find((s) => s.id === r.siteId);
    return {
      id: r.id,
      zoneId: r.zoneId,
      organizationId: r.organizationId,
      name: org?.name ?? '',
      nameEn: org?.nameEn ?? null,
      inn: org?.inn ?? null,
      siteId: r.siteId,
      siteNameRu: site?.nameRu ?? null,
      siteNameEn: site?.nameEn ?? null,
      activities: r.activities.map((code) => ({
        code,
        nameRu: activityNames.get(`${r.zoneId}:${code}`)?.nameRu ?? code,
        nameEn: activityNames.get(`${r.zoneId}:${code}`)?.nameEn ?? code,
      })),
      since: r.since,
      status: r.status,
      registerNumber: r.registerNumber,
      certificateNumber: r.certificateNumber,
      isIt: r.isIt,
      foreignCapital: r.foreignCapitalPercent > 0,
      verifiedAt: r.verifiedAt,
    };
  });
}
