import { Badge, Button, Divider, Group, List, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { ApiError } from '../../../lib/api.ts';
import { formatArea, formatDate } from '../../../lib/format.ts';
import { hasRole, useMe } from '../../../lib/session.ts';
import { useResident } from '../api/useResident.ts';
import { useVerifyResident } from '../api/useVerifyResident.ts';
import { ResidentStatusBadge, VerifiedText } from '../components/Badges.tsx';
import { Facts } from '../components/Facts.tsx';
import { orgName, pick, zoneProblem } from '../components/names.ts';
import { PlanTable } from '../components/PlanTable.tsx';
import { ResidentPrivate } from '../components/ResidentPrivate.tsx';
import { ScrollTable } from '../components/ScrollTable.tsx';

/** A resident's public register entry; members and zone admins also see leases, reports and plan vs fact. */
export function ResidentPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('zone');
  const me = useMe().data;
  const lang = i18n.language;
  const resident = useResident(id);
  const verify = useVerifyResident(id);
  const crumbs = [{ label: t('zone.register.title'), to: '/zone/residents' }];

  if (resident.isPending)
    return (
      <>
        <PageHeader title={t('zone.resident.loading')} crumbs={crumbs} />
        <LoadingState rows={8} />
      </>
    );
  if (resident.isError) {
    const missing =
      resident.error instanceof ApiError && (resident.error.status === 404 || resident.error.status === 400);
    return (
      <>
        <PageHeader title={t('zone.resident.notFoundTitle')} crumbs={crumbs} />
        {missing ? (
          <EmptyState title={t('zone.resident.notFoundTitle')} text={t('zone.resident.notFoundText')} />
        ) : (
          <ErrorState error={resident.error} onRetry={() => void resident.refetch()} />
        )}
      </>
    );
  }
  const r = resident.data;
  const site = r.siteNameRu ? pick(lang, r.siteNameRu, r.siteNameEn) : '—';

  const facts: Array<[string, React.ReactNode]> = [
    [t('zone.resident.inn'), r.inn ?? '—'],
    [t('zone.resident.registerNumber'), r.registerNumber],
    [t('zone.resident.certificate'), r.certificateNumber],
    [t('zone.resident.since'), formatDate(r.since)],
    [t('zone.resident.site'), site],
    [
      t('zone.resident.agreement'),
      r.agreementNumber
        ? t('zone.resident.agreementValue', {
            number: r.agreementNumber,
            date: r.agreementDate ? formatDate(r.agreementDate) : '—',
          })
        : '—',
    ],
    [t('zone.resident.it'), r.isIt ? t('zone.filters.yes') : t('zone.filters.no')],
    [t('zone.resident.foreign'), r.foreignCapital ? t('zone.filters.yes') : t('zone.filters.no')],
  ];
  if (r.terminatedOn)
    facts.push([
      t('zone.resident.terminated'),
      `${formatDate(r.terminatedOn)}${r.terminatedReason ? ` · ${t(`zone.reason.${r.terminatedReason}`)}` : ''}`,
    ]);

  return (
    <>
      <PageHeader
        title={orgName(lang, r)}
        crumbs={crumbs}
        description={
          <Group gap="sm" component="span">
            <ResidentStatusBadge status={r.status} />
            <VerifiedText verifiedAt={r.verifiedAt} />
          </Group>
        }
        actions={
          hasRole(me, 'zone_admin') && (
            <Button
              variant="default"
              leftSection={<IconCircleCheck size={16} aria-hidden />}
              loading={verify.isPending}
              onClick={() =>
                verify.mutate(undefined, {
                  onSuccess: () =>
                    notifications.show({ color: 'teal', message: t('zone.resident.verified') }),
                  onError: (e) => notifications.show({ color: 'red', message: zoneProblem(t, e) }),
                })
              }
            >
              {t('zone.resident.verify')}
            </Button>
          )
        }
      />
      <Stack gap="xl">
        <Facts rows={facts} label={t('zone.resident.facts')} />
        <Section title={t('zone.resident.activities')}>
          {r.activities.length === 0 ? (
            <Text c="dimmed">—</Text>
          ) : (
            <List spacing={4}>
              {r.activities.map((a) => (
                <List.Item key={a.code}>
                  {pick(lang, a.nameRu, a.nameEn)}{' '}
                  <Text span c="dimmed" size="sm">
                    ({a.code})
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section title={t('zone.resident.premises')}>
          {r.premises.length === 0 ? (
            <Text c="dimmed">{t('zone.resident.noPremises')}</Text>
          ) : (
            <ScrollTable minWidth={520}>
              <Table striped aria-label={t('zone.resident.premises')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('zone.space.columns.unit')}</Table.Th>
                    <Table.Th scope="col">{t('zone.space.columns.kind')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('zone.space.columns.area')}
                    </Table.Th>
                    <Table.Th scope="col">{t('zone.lease.period')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.premises.map((p) => (
                    <Table.Tr key={`${p.unitId}-${p.from}`}>
                      <Table.Td>
                        {pick(lang, p.buildingNameRu, p.buildingNameEn)},{' '}
                        {t('zone.space.unitCode', { code: p.code })}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
                          {t(`zone.unitKind.${p.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">{formatArea(p.areaM2, lang)}</Table.Td>
                      <Table.Td>
                        {formatDate(p.from)} – {formatDate(p.to)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Section>
        <Section title={t('zone.resident.plans')}>
          {r.plans.length === 0 ? (
            <Text c="dimmed">{t('zone.resident.noPlan')}</Text>
          ) : (
            <PlanTable plans={r.plans} />
          )}
        </Section>
        {r.canSeeLeases && (
          <>
            <Divider label={t('zone.resident.privateDivider')} labelPosition="left" />
            <ResidentPrivate residentId={r.id} canLease={r.canLease} />
          </>
        )}
      </Stack>
    </>
  );
}
