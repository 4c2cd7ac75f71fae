import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconBuildingSkyscraper, IconReportMoney } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { formatArea, formatDate, formatMoney, formatNumber, formatShare } from '../../../lib/format.ts';
import { usePlanVsFact } from '../api/usePlanVsFact.ts';
import { useResidentLeases } from '../api/useResidentLeases.ts';
import { useResidentReports } from '../api/useResidentReports.ts';
import { OverdueBadge, ReportStatusBadge } from './Badges.tsx';
import { pick } from './names.ts';
import { ScrollTable } from './ScrollTable.tsx';

/** What a resident's members and zone administrators see beyond the public entry. */
export function ResidentPrivate({ residentId, canLease }: { residentId: string; canLease: boolean }) {
  const { t, i18n } = useTranslation('zone');
  const leases = useResidentLeases(residentId, true);
  const pvf = usePlanVsFact(residentId, true);
  const reports = useResidentReports(residentId);
  const pct = (v: number | null) => (v === null ? '—' : formatShare(v, i18n.language));

  return (
    <Stack gap="xl">
      <Group gap="sm">
        <Button
          component={Link}
          to={`/zone/residents/${residentId}/ledger`}
          variant="default"
          leftSection={<IconReportMoney size={16} aria-hidden />}
        >
          {t('zone.resident.ledgerLink')}
        </Button>
        {canLease && (
          <Button
            component={Link}
            to={`/zone/residents/${residentId}/lease`}
            variant="default"
            leftSection={<IconBuildingSkyscraper size={16} aria-hidden />}
          >
            {t('zone.leaseNew.link')}
          </Button>
        )}
      </Group>
      <Section title={t('zone.resident.reports')}>
        {reports.isPending ? (
          <LoadingState rows={3} />
        ) : reports.isError ? (
          <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
        ) : reports.data.items.length === 0 ? (
          <Text c="dimmed">{t('zone.reports.none')}</Text>
        ) : (
          <ScrollTable minWidth={520}>
            <Table striped aria-label={t('zone.resident.reports')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('zone.reports.period')}</Table.Th>
                  <Table.Th scope="col">{t('zone.reports.dueOnColumn')}</Table.Th>
                  <Table.Th scope="col">{t('zone.reports.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reports.data.items.slice(0, 8).map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/zone/reports/${r.id}`}>
                        {t(`zone.reports.kind.${r.kind}`, {
                          period: r.period,
                          year: r.year,
                          quarter: r.quarter,
                        })}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDate(r.dueOn)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <ReportStatusBadge status={r.status} />
                        {r.overdue && <OverdueBadge />}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>
      <Section title={t('zone.resident.planVsFact')}>
        {pvf.isPending ? (
          <LoadingState rows={3} />
        ) : pvf.isError ? (
          <ErrorState error={pvf.error} onRetry={() => void pvf.refetch()} />
        ) : pvf.data.years.length === 0 ? (
          <Text c="dimmed">{t('zone.resident.noPlan')}</Text>
        ) : (
          <ScrollTable minWidth={640}>
            <Table
              striped
              aria-label={t('zone.resident.planVsFact')}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('zone.plan.year')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.pvf.capexPlan')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.pvf.capexFact')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.pvf.jobsPlan')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.pvf.jobsFact')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.pvf.attainment')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pvf.data.years.map((y) => (
                  <Table.Tr key={y.year}>
                    <Table.Th scope="row">{y.year}</Table.Th>
                    <Table.Td ta="right">{y.hasPlan ? formatMoney(y.planned.capexKopecks) : '—'}</Table.Td>
                    <Table.Td ta="right">{y.actual ? formatMoney(y.actual.capexKopecks) : '—'}</Table.Td>
                    <Table.Td ta="right">{y.hasPlan ? formatNumber(y.planned.jobs) : '—'}</Table.Td>
                    <Table.Td ta="right">{y.actual ? formatNumber(y.actual.jobs) : '—'}</Table.Td>
                    <Table.Td ta="right">{pct(y.attainment.capex)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>
      <Section title={t('zone.resident.leases')}>
        {leases.isPending ? (
          <LoadingState rows={3} />
        ) : leases.isError ? (
          <ErrorState error={leases.error} onRetry={() => void leases.refetch()} />
        ) : leases.data.items.length === 0 ? (
          <Text c="dimmed">{t('zone.resident.noLeases')}</Text>
        ) : (
          <ScrollTable minWidth={520}>
            <Table striped aria-label={t('zone.resident.leases')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('zone.lease.unit')}</Table.Th>
                  <Table.Th scope="col">{t('zone.lease.period')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.lease.rent')}
                  </Table.Th>
                  <Table.Th scope="col">{t('zone.lease.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {leases.data.items.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>
                      {l.unit ? (
                        <>
                          <Text size="sm" fw={600}>
                            {t('zone.space.unitCode', { code: l.unit.code })} ·{' '}
                            {formatArea(l.unit.areaM2, i18n.language)}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {pick(i18n.language, l.unit.buildingNameRu, l.unit.buildingNameEn)}
                          </Text>
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      {formatDate(l.startDate)} – {formatDate(l.endDate)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {t('zone.lease.perMonth', { amount: formatMoney(l.monthlyRentKopecks, l.currency) })}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={l.status === 'active' ? 'teal' : 'gray'}
                        c="var(--mantine-color-text)"
                        style={{ textTransform: 'none' }}
                      >
                        {t(`zone.lease.statuses.${l.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>
    </Stack>
  );
}
