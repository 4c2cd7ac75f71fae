import type { SignedIn, TestApp } from '../../../testing/test-app.ts';
import { completeInn, completeOgrn } from '../russian-ids.ts';

let serial = 100;

/** A fresh valid INN/OGRN pair for a legal entity registered in Tomsk (region 70). */
export function legalIds() {
  serial++;
  return {
    inn: completeInn(`7017${String(serial).padStart(5, '0')}`),
    ogrn: completeOgrn(`11770000${String(serial).padStart(4, '0')}`),
  };
}

export async function createOrganization(t: TestApp, who: SignedIn, body: Record<string, unknown>) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/directory/organizations',
    headers: { cookie: who.cookie },
    payload: { kind: 'startup', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; name: string } & Record<string, unknown>;
}

export const RESOURCE_KEYS = ['id', 'name', 'inn', 'members', 'kind', 'descriptionRu'];
