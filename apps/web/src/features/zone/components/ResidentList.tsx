import type { Wire } from '@inohub/contracts/wire';
import type { ResidentView } from '@inohub/contracts/zone/register';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListColumn } from '../../../components/ListPage.tsx';
import { formatDate } from '../../../lib/format.ts';
import { ResidentStatusBadge, VerifiedText } from './Badges.tsx';
import { orgName, pick } from './names.ts';

export type Resident = Wire<typeof ResidentView>;

function Flags({ r }: { r: Resident }) {
  const { t } = useTranslation('zone');
  return (
    <Group gap={4}>
      {r.isIt && (
        <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
          {t('zone.register.itBadge')}
        </Badge>
      )}
      {r.foreignCapital && (
        <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
          {t('zone.register.foreignBadge')}
        </Badge>
      )}
    </Group>
  );
}

const activitiesOf = (r: Resident, lang: string) =>
  r.activities.map((a) => pick(lang, a.nameRu, a.nameEn)).join('; ');

function ResidentLink({ r }: { r: Resident }) {
  const { i18n } = useTranslation('zone');
  return (
    <Anchor component={Link} to={`/zone/residents/${r.id}`} fw={600}>
      {orgName(i18n.language, r)}
    </Anchor>
  );
}

/** The public register's columns (a table on wide screens; `ResidentCard` on phones). */
export function residentColumns(t: TFunction, lang: string): ListColumn<Resident>[] {
  return [
    {
      key: 'name',
      header: t('zone.register.columns.name'),
      cell: (r) => (
        <Stack gap={2}>
          <ResidentLink r={r} />
          <Text size="xs" c="dimmed">
            {t('zone.register.innAndNumber', { inn: r.inn ?? '—', number: r.registerNumber })}
          </Text>
          <Flags r={r} />
        </Stack>
      ),
    },
    {
      key: 'site',
      header: t('zone.register.columns.site'),
      cell: (r) => <Text size="sm">{r.siteNameRu ? pick(lang, r.siteNameRu, r.siteNameEn) : '—'}</Text>,
    },
    {
      key: 'activities',
      header: t('zone.register.columns.activities'),
      maw: 300,
      cell: (r) => (
        <Text size="sm" lineClamp={2}>
          {activitiesOf(r, lang) || '—'}
        </Text>
      ),
    },
    {
      key: 'since',
      header: t('zone.register.columns.since'),
      nowrap: true,
      cell: (r) => formatDate(r.since),
    },
    {
      key: 'status',
      header: t('zone.register.columns.status'),
      cell: (r) => (
        <Stack gap={4}>
          <ResidentStatusBadge status={r.status} />
          <VerifiedText verifiedAt={r.verifiedAt} />
        </Stack>
      ),
    },
  ];
}

/** A resident of the register on a phone. */
export function ResidentCard({ r }: { r: Resident }) {
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  return (
    <Stack gap={6}>
      <ResidentLink r={r} />
      <Group gap={6}>
        <ResidentStatusBadge status={r.status} />
        <Flags r={r} />
      </Group>
      <Text size="sm">{activitiesOf(r, lang)}</Text>
      <Text size="sm" c="dimmed">
        {[
          r.siteNameRu ? pick(lang, r.siteNameRu, r.siteNameEn) : null,
          t('zone.register.sinceShort', { date: formatDate(r.since) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('zone.register.innAndNumber', { inn: r.inn ?? '—', number: r.registerNumber })}
      </Text>
      <VerifiedText verifiedAt={r.verifiedAt} />
    </Stack>
  );
}
