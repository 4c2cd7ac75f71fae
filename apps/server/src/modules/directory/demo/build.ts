import type { LegalForm } from '@inohub/contracts/directory';
import type { Random } from '../../../lib/demo/random.ts';
import { INCUBATORS, REGIONAL_GOVERNMENT, UNIVERSITIES, ZONE_OPERATOR } from './institutions.ts';
import { CORPORATIONS, FUNDS } from './investors-corporations.ts';
import type { Domain } from './people.ts';
import { registryNumbers } from './registry-numbers.ts';
import type { DemoOrganization } from './types.ts';
import { VENTURES } from './ventures.ts';

const IT_SECTORS = new Set([
  'it_software',
  'ai_data',
  'cybersecurity',
  'geoinformatics',
  'edtech',
  'fintech',
  'telecom',
]);

export function domainOf(org: DemoOrganization): Domain {
  const first = org.sectors[0] ?? '';
  if (org.kind === 'fund') return 'finance';
  if (IT_SECTORS.has(first)) return 'it';
  if (first === 'electronics' || first === 'space_aerospace') return 'hardware';
  if (first === 'medtech_biotech' || first === 'pharma') return 'bio';
  if (org.kind === 'university' || org.kind === 'government' || org.kind === 'zone_operator')
    return 'general';
  return 'industry';
}

export const isItOrganization = (org: DemoOrganization) => IT_SECTORS.has(org.sectors[0] ?? '');

/**
 * Every demo organization: real institutions first, then invented funds, corporations and the
 * ~70 ventures with drawn figures (about one in five with foreign capital, legal forms mostly
 * OOO/AO, two sole proprietors and one unitary enterprise).
 */
export function buildOrganizations(random: Random): DemoOrganization[] {
  const numbers = registryNumbers();
  const invented = [...FUNDS, ...CORPORATIONS].map(
    (o): DemoOrganization => ({ ...o, ...numbers.legalEntity(o.foundedYear ?? 2010), verified: true }),
  );
  const foreign = new Set(random.sample([...VENTURES.keys()], Math.round(VENTURES.length / 5)));
  const special = random.sample(
    [...VENTURES.keys()].filter((i) => !foreign.has(i)),
    3,
  );
  const formOf = (i: number): LegalForm =>
    i === special[0] || i === special[1]
      ? 'ip'
      : i === special[2]
        ? 'unitary_enterprise'
        : random.chance(0.8)
          ? 'ooo'
          : 'ao';

  const ventures = VENTURES.map(([name, nameEn, sectors, ru, en], i): DemoOrganization => {
    const legalForm = formOf(i);
    const foundedYear = random.int(2008, 2025);
    const young = foundedYear >= 2019;
    const headcount = legalForm === 'ip' ? random.int(1, 4) : young ? random.int(3, 35) : random.int(15, 240);
    const ids = legalForm === 'ip' ? numbers.soleProprietor(foundedYear) : numbers.legalEntity(foundedYear);
    const quoted = legalForm === 'ip' ? name : `«${name}»`;
    const legalName =
      legalForm === 'ip'
        ? null
        : `${legalForm === 'ooo' ? 'Общество с ограниченной ответственностью' : legalForm === 'ao' ? 'Акционерное общество' : 'Муниципальное унитарное предприятие'} ${quoted}`;
    return {
      key: `venture_${String(i + 1).padStart(2, '0')}`,
      kind: young && headcount <= 25 ? 'startup' : 'company',
      name,
      nameEn,
      legalName,
      legalForm,
      ...ids,
      website: `https://${nameEn
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.demo.inohub.ru`,
      descriptionRu: `${ru} Команда работает в Томске с ${foundedYear} года.`,
      descriptionEn: `${en} The team has been working in Tomsk since ${foundedYear}.`,
      headcount,
      foundedYear,
      foreignCapitalPercent: foreign.has(i) ? random.pick([5, 10, 15, 20, 25, 30, 49]) : 0,
      sectors: [...sectors],
      verified: random.chance(0.7),
    };
  });
  return [...UNIVERSITIES, ZONE_OPERATOR, REGIONAL_GOVERNMENT, ...INCUBATORS, ...invented, ...ventures];
}
