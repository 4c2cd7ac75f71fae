import type { Wire } from '@inohub/contracts/wire';
import type { ReportView } from '@inohub/contracts/zone/reporting';
import { Anchor, Box, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format.ts';
import { OverdueBadge, ReportStatusBadge } from './Badges.tsx';

type Report = Wire<typeof ReportView>;

export function reportTitle(t: (k: string, o?: Record<string, unknown>) => string, r: Report) {
  return t(`zone.reports.kind.${r.kind}`, { year: r.year, quarter: r.quarter });
}

/** A resident's report obligations: period, due date, status, with the overdue ones said in words. */
export function ReportTable({ items }: { items: Report[] }) {
  const { t } = useTranslation('zone');
  const action = (r: Report) => (
    <Anchor component={Link} to={`/zone/reports/${r.id}`} fw={600}>
      {reportTitle(t, r)}
    </Anchor>
  );
  return (
    <>
      <Box visibleFrom="sm">
        <Table striped aria-label={t('zone.reports.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('zone.reports.period')}</Table.Th>
              <Table.Th scope="col">{t('zone.reports.dueOnColumn')}</Table.Th>
              <Table.Th scope="col">{t('zone.reports.status')}</Table.Th>
              <Table.Th scope="col">{t('zone.reports.next')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{action(r)}</Table.Td>
                <Table.Td>{formatDate(r.dueOn)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <ReportStatusBadge status={r.status} />
                    {r.overdue && <OverdueBadge />}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.editable ? t('zone.reports.fillIn') : t('zone.reports.view')}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <SimpleGrid hiddenFrom="sm" cols={1} spacing="sm">
        {items.map((r) => (
          <Card key={r.id} withBorder padding="md" component="article">
            <Stack gap={6}>
              {action(r)}
              <Group gap={4}>
                <ReportStatusBadge status={r.status} />
                {r.overdue && <OverdueBadge />}
              </Group>
              <Text size="sm" c="dimmed">
                {t('zone.dueOn', { date: formatDate(r.dueOn) })}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
