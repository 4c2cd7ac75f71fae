import { Anchor, Box, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format.ts';
import type { ApplicationListItem } from '../api/types.ts';
import { APPROVALS_NEEDED } from './ApprovalProgress.tsx';
import { ApplicationStateBadge, DueText, OverdueBadge } from './Badges.tsx';
import { pick } from './names.ts';

const FOUR_EYES = ['supervisory_board_review', 'expert_council_review', 'amendment_pending'];

/** Applications as a table (desktop) or cards (phone): organization, state, deadline, approvals. */
export function ApplicationList({
  items,
  basePath = '/zone/applications',
}: {
  items: ApplicationListItem[];
  /** Where an application opens: the applicant's list or the reviewer queue. */
  basePath?: '/zone/applications' | '/zone/review';
}) {
  const { t, i18n } = useTranslation();
  const name = (a: ApplicationListItem) => pick(i18n.language, a.organizationName, a.organizationNameEn);
  const link = (a: ApplicationListItem) => (
    <Anchor component={Link} to={`${basePath}/${a.id}`} fw={600}>
      {name(a)}
    </Anchor>
  );
  const due = (a: ApplicationListItem) =>
    a.overdue ? (
      <OverdueBadge dueOn={a.stateDueOn} />
    ) : a.stateDueOn ? (
      <DueText dueOn={a.stateDueOn} />
    ) : null;
  const approvals = (a: ApplicationListItem) =>
    FOUR_EYES.includes(a.state) ? (
      <Text size="sm">
        {t('zone.application.approvals', { count: a.approvalsInStage.length, total: APPROVALS_NEEDED })}
      </Text>
    ) : null;
  return (
    <>
      <Box visibleFrom="md">
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('zone.applications.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('zone.applications.columns.organization')}</Table.Th>
              <Table.Th scope="col">{t('zone.applications.columns.state')}</Table.Th>
              <Table.Th scope="col">{t('zone.applications.columns.due')}</Table.Th>
              <Table.Th scope="col">{t('zone.applications.columns.approvals')}</Table.Th>
              <Table.Th scope="col">{t('zone.applications.columns.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{link(a)}</Table.Td>
                <Table.Td>
                  <ApplicationStateBadge state={a.state} />
                </Table.Td>
                <Table.Td>{due(a) ?? '—'}</Table.Td>
                <Table.Td>{approvals(a) ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(a.updatedAt, undefined, 'Asia/Tomsk')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <SimpleGrid hiddenFrom="md" cols={{ base: 1, sm: 2 }} spacing="sm">
        {items.map((a) => (
          <Card key={a.id} withBorder padding="md" component="article">
            <Stack gap={6}>
              {link(a)}
              <Group gap={6}>
                <ApplicationStateBadge state={a.state} />
                {due(a)}
              </Group>
              {approvals(a)}
              <Text size="xs" c="dimmed">
                {t('zone.applications.updatedOn', { date: formatDate(a.updatedAt, undefined, 'Asia/Tomsk') })}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
