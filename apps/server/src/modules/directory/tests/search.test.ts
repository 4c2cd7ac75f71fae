import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../../testing/test-app.ts';
import { createOrganization, legalIds } from './helpers.ts';

let t: TestApp;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  const owner = await loginAs(t, 'founder');
  const orgs = [
    {
      key: 'tpu',
      kind: 'university',
      name: 'Томский политехнический университет',
      nameEn: 'Tomsk Polytechnic University',
      sectors: ['education_research'],
    },
    {
      key: 'mikron',
      kind: 'company',
      name: 'НПФ Микрон',
      nameEn: 'Mikron Research',
      descriptionRu: 'Разработка измерительных приборов',
      sectors: ['electronics'],
      foreignCapitalPercent: 25,
      ...legalIds(),
      legalForm: 'ooo',
    },
    {
      key: 'geo',
      kind: 'startup',
      name: 'ГеоСкан Сибирь',
      nameEn: 'GeoScan Siberia',
      descriptionRu: 'Программное обеспечение для геологоразведки',
      descriptionEn: 'Software for geological exploration',
      sectors: ['it_software', 'oil_gas_services'],
    },
    {
      key: 'med',
      kind: 'startup',
      name: 'Биолинк',
      nameEn: 'Biolink',
      descriptionRu: 'Диагностические тест-системы',
      descriptionEn: 'Diagnostic test systems',
      sectors: ['medtech_biotech'],
      city: 'Северск',
    },
  ];
  for (const { key, ...body } of orgs) ids[key] = (await createOrganization(t, owner, body)).id;
  const zone = await loginAs(t, 'zone_admin');
  await t.app.inject({
    method: 'POST',
    url: `/api/directory/organizations/${ids.geo}/verify`,
    headers: { cookie: zone.cookie },
  });
});
afterAll(async () => t?.close());

async function search(query: string) {
  const res = await t.app.inject(`/api/directory/organizations?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: Array<{ id: string; name: string }>;
    total: number;
    page: number;
    pageSize: number;
  };
}
const names = (r: { items: Array<{ name: string }> }) => r.items.map((i) => i.name);

describe('directory search', () => {
  it('finds Russian words by their stem', async () => {
    expect(names(await search(`q=${encodeURIComponent('томского политехнического')}`))).toEqual([
      'Томский политехнический университет',
    ]);
    expect(names(await search(`q=${encodeURIComponent('измерительные приборы')}`))).toEqual(['НПФ Микрон']);
  });

  it('finds English names and descriptions with English stemming', async () => {
    expect(names(await search('q=tomsk+polytechnic'))[0]).toBe('Томский политехнический университет');
    expect(names(await search('q=geological'))).toEqual(['ГеоСкан Сибирь']);
  });

  it('tolerates typos in names', async () => {
    expect(names(await search(`q=${encodeURIComponent('Микран')}`))).toContain('НПФ Микрон');
    expect(names(await search('q=Biolnk'))).toContain('Биолинк');
  });

  it('does not match unrelated text', async () => {
    expect((await search(`q=${encodeURIComponent('животноводство')}`)).total).toBe(0);
  });

  it('filters by kind, sector, city, foreign capital and verification', async () => {
    expect(names(await search('kind=university'))).toEqual(['Томский политехнический университет']);
    expect(names(await search('sector=oil_gas_services'))).toEqual(['ГеоСкан Сибирь']);
    expect(names(await search(`city=${encodeURIComponent('северск')}`))).toEqual(['Биолинк']);
    expect(names(await search('foreign=true'))).toEqual(['НПФ Микрон']);
    expect((await search('foreign=false')).total).toBe(3);
    expect(names(await search('verified=true'))).toEqual(['ГеоСкан Сибирь']);
  });

  it('sorts by name and pages', async () => {
    const page1 = await search('sort=name&pageSize=2&page=1');
    const page2 = await search('sort=name&pageSize=2&page=2');
    expect(page1).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect([...names(page1), ...names(page2)]).toEqual([
      'Биолинк',
      'ГеоСкан Сибирь',
      'НПФ Микрон',
      'Томский политехнический университет',
    ]);
  });

  it('sorts by last update', async () => {
    expect(names(await search('sort=updated'))[0]).toBe('ГеоСкан Сибирь'); // verified last
  });

  it('answers bad filters with 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['kind=bakery', 'querystring.kind'],
      ['foreign=maybe', 'querystring.foreign'],
      ['pageSize=1000', 'querystring.pageSize'],
      ['sort=random', 'querystring.sort'],
    ]) {
      const res = await t.app.inject(`/api/directory/organizations?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe(field);
    }
  });

  it('lists the sectors with IT flagged and counts for the home page', async () => {
    const sectors = (await t.app.inject('/api/directory/sectors')).json() as Array<{
      code: string;
      isIt: boolean;
    }>;
    expect(sectors.length).toBeGreaterThanOrEqual(8);
    expect(sectors.find((s) => s.code === 'it_software')?.isIt).toBe(true);
    expect(sectors.find((s) => s.code === 'agritech')?.isIt).toBe(false);
    const stats = (await t.app.inject('/api/directory/stats')).json();
    expect(stats.organizationsByKind).toMatchObject({ university: 1, company: 1, startup: 2, fund: 0 });
    expect(stats.sectors).toContainEqual({ code: 'electronics', count: 1 });
    expect(stats.people).toBe(0);
  });
});
