import type { Wire } from '@inohub/contracts/wire';
import type { LedgerRateView } from '@inohub/contracts/zone/benefits';
import { Alert, Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../../components/Section.tsx';
import { hasRole, useMe } from '../../../lib/session.ts';
import { formatParamValue, pick } from './names.ts';
import { ScrollTable } from './ScrollTable.tsx';

/**
 * The rates and limits a ledger year was computed with, each with its source. Values nobody has
 * confirmed against the law yet are marked, and a zone administrator is asked to check them: the
 * savings are only as right as these figures.
 */
export function LedgerRates({ rates }: { rates: Wire<typeof LedgerRateView>[] }) {
  const { t, i18n } = useTranslation('zone');
  const admin = hasRole(useMe().data, 'zone_admin');
  const doubtful = rates.filter((r) => r.confidence === 'unconfirmed' || r.value === 'missing');
  return (
    <Section title={t('zone.ledger.rates.title')}>
      {admin && doubtful.length > 0 && (
        <Alert color="yellow" title={t('zone.ledger.rates.checkTitle', { count: doubtful.length })}>
          <Text size="sm">{t('zone.ledger.rates.checkText')}</Text>
          <Anchor component={Link} to="/zone/rates" size="sm">
            {t('zone.nav.rates')}
          </Anchor>
        </Alert>
      )}
      <ScrollTable minWidth={640}>
        <Table striped aria-label={t('zone.ledger.rates.title')} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('zone.ledger.rates.param')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('zone.ledger.rates.value')}
              </Table.Th>
              <Table.Th scope="col">{t('zone.ledger.rates.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rates.map((r) => (
              <Table.Tr key={`${r.code}-${r.tier ?? 0}`}>
                <Table.Td>
                  <Text size="sm">
                    {pick(i18n.language, r.nameRu, r.nameEn)}
                    {r.tier !== null && ` · ${t('zone.ledger.rates.tier', { tier: r.tier })}`}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {r.value === 'missing'
                    ? t('zone.ledger.rates.missing')
                    : formatParamValue(t, i18n.language, r.kind, r.value)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" span>
                    {r.source || '—'}
                  </Text>{' '}
                  {r.confidence === 'unconfirmed' && (
                    <Badge color="yellow" variant="light">
                      {t('zone.ledger.rates.unconfirmed')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Section>
  );
}
