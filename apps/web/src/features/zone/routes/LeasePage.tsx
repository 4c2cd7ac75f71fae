import type { Wire } from '@inohub/contracts/wire';
import type { VacancyView } from '@inohub/contracts/zone/space';
import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ListBody } from '../../../components/ListPage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { ApiError } from '../../../lib/api.ts';
import { formatArea, formatDate, formatMoney } from '../../../lib/format.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { useCreateLease } from '../api/useCreateLease.ts';
import { useResident } from '../api/useResident.ts';
import { useVacancies, VACANCIES_PAGE_SIZE } from '../api/useVacancies.ts';
import { Facts } from '../components/Facts.tsx';
import { orgName, pick, zoneProblem } from '../components/names.ts';
import { VacancyFilters } from '../components/VacancyFilters.tsx';
import { VacancyList, vacanciesFound } from '../components/VacancyList.tsx';

const FILTER_KEYS = ['siteId', 'kind', 'minArea', 'maxArea', 'from', 'to'] as const;

/**
 * A resident's member (or a zone administrator) rents premises: the dates and filters narrow the
 * units free for the whole period, one is chosen and confirmed. The rate is the unit's list rate.
 */
export function LeasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  const navigate = useNavigate();
  const resident = useResident(id);
  const filters = useUrlFilters(FILTER_KEYS);
  const list = useVacancies(filters.values, filters.page);
  const lease = useCreateLease(id);
  const [chosen, setChosen] = useState<Wire<typeof VacancyView> | null>(null);

  const name = resident.data ? orgName(lang, resident.data) : t('zone.resident.loading');
  const crumbs = [
    { label: t('zone.register.title'), to: '/zone/residents' },
    { label: name, to: `/zone/residents/${id}` },
  ];
  const header = (
    <PageHeader
      title={t('zone.leaseNew.title')}
      crumbs={crumbs}
      description={resident.data ? t('zone.leaseNew.intro', { name }) : undefined}
    />
  );
  if (resident.isPending)
    return (
      <>
        {header}
        <LoadingState rows={6} />
      </>
    );
  if (resident.isError)
    return (
      <>
        {header}
        <ErrorState error={resident.error} onRetry={() => void resident.refetch()} />
      </>
    );
  const r = resident.data;
  // Who may lease is the server's rule (a member or a zone administrator, while not terminated).
  if (!r.canLease)
    return (
      <>
        {header}
        <EmptyState
          title={t('zone.leaseNew.notAllowedTitle')}
          text={
            r.status === 'terminated' ? t('zone.leaseNew.terminatedText') : t('zone.leaseNew.notAllowedText')
          }
          action={
            <Button component={Link} to={`/zone/residents/${id}`} variant="default">
              {t('zone.leaseNew.back')}
            </Button>
          }
        />
      </>
    );

  const period = list.data ? { from: list.data.from, to: list.data.to } : null;
  const confirm = () => {
    if (!chosen || !period) return;
    lease.mutate(
      { unitId: chosen.id, startDate: period.from, endDate: period.to },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            title: t('zone.leaseNew.doneTitle'),
            message: t('zone.leaseNew.doneText', { unit: chosen.code }),
          });
          navigate(`/zone/residents/${id}`);
        },
      },
    );
  };
  const overdue = lease.error instanceof ApiError && lease.error.code === 'zone.reports_overdue';

  return (
    <>
      {header}
      <VacancyFilters values={filters.values} onChange={filters.update} />
      <ListBody
        state={filters}
        query={list}
        pageSize={VACANCIES_PAGE_SIZE}
        skeletonRows={6}
        count={vacanciesFound(t, list.data)}
        empty={{ title: t('zone.space.emptyTitle'), text: t('zone.space.emptyFilteredText') }}
        emptyFiltered={{ title: t('zone.space.emptyTitle'), text: t('zone.space.emptyFilteredText') }}
      >
        {(items) => (
          <VacancyList
            items={items}
            action={(v) => (
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  lease.reset();
                  setChosen(v);
                }}
                aria-label={t('zone.leaseNew.chooseUnit', { code: v.code })}
              >
                {t('zone.leaseNew.choose')}
              </Button>
            )}
          />
        )}
      </ListBody>
      <Modal
        opened={chosen !== null}
        onClose={() => setChosen(null)}
        title={chosen ? t('zone.leaseNew.confirmTitle', { code: chosen.code }) : ''}
        centered
      >
        {chosen && period && (
          <Stack gap="md">
            <Facts
              label={t('zone.leaseNew.summary')}
              rows={[
                [
                  t('zone.space.columns.unit'),
                  `${t('zone.space.unitCode', { code: chosen.code })}, ${pick(lang, chosen.buildingNameRu, chosen.buildingNameEn)}`,
                ],
                [t('zone.space.columns.kind'), t(`zone.unitKind.${chosen.kind}`)],
                [t('zone.space.columns.area'), formatArea(chosen.areaM2, lang)],
                [t('zone.lease.period'), `${formatDate(period.from)} – ${formatDate(period.to)}`],
                [
                  t('zone.space.columns.rent'),
                  t('zone.space.rentLine', {
                    rent: formatMoney(chosen.monthlyRentKopecks, chosen.currency),
                    rate: formatMoney(chosen.monthlyRatePerM2Kopecks, chosen.currency),
                  }),
                ],
              ]}
            />
            <Text size="sm" c="dimmed">
              {t('zone.leaseNew.confirmText')}
            </Text>
            {lease.isError && (
              <Alert color="red" role="alert" title={zoneProblem(t, lease.error)}>
                {overdue && (
                  <Anchor component={Link} to="/zone/reports" size="sm">
                    {t('zone.leaseNew.toReports')}
                  </Anchor>
                )}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChosen(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={confirm} loading={lease.isPending}>
                {t('zone.leaseNew.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
