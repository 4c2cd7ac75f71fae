import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import type { Organization } from '../api/types.ts';
import { sectorName } from './names.ts';

/** Key facts as a definition list; absent facts are left out rather than shown empty. */
export function OrganizationFacts({ org }: { org: Organization }) {
  const { t, i18n } = useTranslation('directory');
  const facts: Array<[string, React.ReactNode]> = [];
  const add = (key: string, value: React.ReactNode) => {
    if (value === null || value === undefined || value === '' || value === false) return;
    facts.push([t(`directory.facts.${key}`), value]);
  };
  add('legalName', org.legalName);
  add('legalForm', org.legalForm && t(`legalForms.${org.legalForm}`));
  add('inn', org.inn);
  add('ogrn', org.ogrn);
  add('city', org.city);
  add('registrationMunicipality', org.registrationMunicipality);
  add('sectors', org.sectors.map((s) => sectorName(s, i18n.language)).join(', '));
  add('headcount', org.headcount !== null && formatNumber(org.headcount));
  add('foundedYear', org.foundedYear !== null && String(org.foundedYear));
  add(
    'foreignCapital',
    org.foreignCapitalPercent > 0
      ? t('directory.foreignShare', { percent: formatNumber(org.foreignCapitalPercent) })
      : t('directory.foreignNone'),
  );
  add(
    'website',
    org.website && (
      <Anchor href={org.website} target="_blank" rel="noopener noreferrer">
        {org.website.replace(/^https?:\/\//, '')}
      </Anchor>
    ),
  );
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {facts.map(([label, value]) => (
        <Stack key={label} gap={0}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
