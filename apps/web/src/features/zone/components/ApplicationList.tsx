import type { Wire } from '@inohub/contracts/wire';
import type { ApplicationListItem as ApplicationListItemView } from '@inohub/contracts/zone/applications';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListColumn } from '../../../components/ListPage.tsx';
import { formatDate, TOMSK } from '../../../lib/format.ts';
import { APPROVALS_NEEDED, isApprovalStage } from './ApprovalProgress.tsx';
import { ApplicationStateBadge, DueText, OverdueBadge } from './Badges.tsx';
import { pick } from './names.ts';

export type ApplicationListItem = Wire<typeof ApplicationListItemView>;

/** Where an application opens: the applicant's list or the reviewer queue. */
export type ApplicationBasePath = '/zone/applications' | '/zone/review';

function ApplicationLink({ a, basePath }: { a: ApplicationListItem; basePath: ApplicationBasePath }) {
  const { i18n } = useTranslation('zone');
  return (
    <Anchor component={Link} to={`${basePath}/${a.id}`} fw={600}>
      {pick(i18n.language, a.organizationName, a.organizationNameEn)}
    </Anchor>
  );
}

function Due({ a }: { a: ApplicationListItem }) {
  if (a.overdue) return <OverdueBadge dueOn={a.stateDueOn} />;
  return a.stateDueOn ? <DueText dueOn={a.stateDueOn} /> : null;
}

function Approvals({ a }: { a: ApplicationListItem }) {
  const { t } = useTranslation('zone');
  return isApprovalStage(a.state) ? (
    <Text size="sm">
      {t('zone.application.approvals', { count: a.approvalsInStage.length, total: APPROVALS_NEEDED })}
    </Text>
  ) : null;
}

/** Applications as table columns (desktop; `ApplicationCard` on phones): organization, state, deadline, approvals. */
export function applicationColumns(
  t: TFunction,
  basePath: ApplicationBasePath = '/zone/applications',
): ListColumn<ApplicationListItem>[] {
  return [
    {
      key: 'organization',
      header: t('zone.applications.columns.organization'),
      cell: (a) => <ApplicationLink a={a} basePath={basePath} />,
    },
    {
      key: 'state',
      header: t('zone.applications.columns.state'),
      cell: (a) => <ApplicationStateBadge state={a.state} />,
    },
    {
      key: 'due',
      header: t('zone.applications.columns.due'),
      cell: (a) => (a.overdue || a.stateDueOn ? <Due a={a} /> : '—'),
    },
    {
      key: 'approvals',
      header: t('zone.applications.columns.approvals'),
      cell: (a) => (isApprovalStage(a.state) ? <Approvals a={a} /> : '—'),
    },
    {
      key: 'updated',
      header: t('zone.applications.columns.updated'),
      nowrap: true,
      cell: (a) => formatDate(a.updatedAt, undefined, TOMSK),
    },
  ];
}

/** An application on a phone. */
export function ApplicationCard({
  a,
  basePath = '/zone/applications',
}: {
  a: ApplicationListItem;
  basePath?: ApplicationBasePath;
}) {
  const { t } = useTranslation('zone');
  return (
    <Stack gap={6}>
      <ApplicationLink a={a} basePath={basePath} />
      <Group gap={6}>
        <ApplicationStateBadge state={a.state} />
        <Due a={a} />
      </Group>
      <Approvals a={a} />
      <Text size="xs" c="dimmed">
        {t('zone.applications.updatedOn', { date: formatDate(a.updatedAt, undefined, TOMSK) })}
      </Text>
    </Stack>
  );
}
