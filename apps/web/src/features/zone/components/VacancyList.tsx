import type { Wire } from '@inohub/contracts/wire';
import type { VacancyView } from '@inohub/contracts/zone/space';
import { Badge, Box, Card, Group, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatArea, formatDate, formatMoney, formatNumber } from '../../../lib/format.ts';
import { pick } from './names.ts';

type Vacancy = Wire<typeof VacancyView>;

/**
 * "10 units free from 26.11.2026 to 25.11.2027": the count and the period the list is for, as `ListPage`'s `count`
 * (`period` is the page of vacancies, which says the dates it was computed for).
 */
export const vacanciesFound =
  (t: TFunction, period: { from: string; to: string } | undefined) => (count: number, formatted: string) =>
    t('zone.space.found', {
      count,
      formatted,
      from: period ? formatDate(period.from) : '',
      to: period ? formatDate(period.to) : '',
    });

export function VacancyList({
  items,
  action,
}: {
  items: readonly Vacancy[];
  /** A button per unit (e.g. "Lease"), in its own column on desktop and at the foot of each card. */
  action?: (v: Vacancy) => React.ReactNode;
}) {
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  const where = (v: Vacancy) =>
    `${pick(lang, v.buildingNameRu, v.buildingNameEn)} · ${pick(lang, v.siteNameRu, v.siteNameEn)}`;
  const kind = (v: Vacancy) => (
    <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
      {t(`zone.unitKind.${v.kind}`)}
    </Badge>
  );
  return (
    <>
      <Box visibleFrom="md">
        <Table
          striped
          verticalSpacing="sm"
          aria-label={t('zone.space.caption')}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('zone.space.columns.unit')}</Table.Th>
              <Table.Th scope="col">{t('zone.space.columns.kind')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('zone.space.columns.floor')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('zone.space.columns.area')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('zone.space.columns.rate')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('zone.space.columns.rent')}
              </Table.Th>
              {action && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('zone.space.columns.action')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  <Text fw={600}>{t('zone.space.unitCode', { code: v.code })}</Text>
                  <Text size="sm" c="dimmed">
                    {where(v)}
                  </Text>
                </Table.Td>
                <Table.Td>{kind(v)}</Table.Td>
                <Table.Td ta="right">{formatNumber(v.floor)}</Table.Td>
                <Table.Td ta="right">{formatArea(v.areaM2, lang)}</Table.Td>
                <Table.Td ta="right">{formatMoney(v.monthlyRatePerM2Kopecks, v.currency)}</Table.Td>
                <Table.Td ta="right">{formatMoney(v.monthlyRentKopecks, v.currency)}</Table.Td>
                {action && <Table.Td ta="right">{action(v)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <SimpleGrid hiddenFrom="md" cols={{ base: 1, sm: 2 }} spacing="sm">
        {items.map((v) => (
          <Card key={v.id} withBorder padding="md" component="article">
            <Stack gap={6}>
              <Group justify="space-between">
                <Text fw={600}>{t('zone.space.unitCode', { code: v.code })}</Text>
                {kind(v)}
              </Group>
              <Text size="sm" c="dimmed">
                {where(v)}
              </Text>
              <Text size="sm">
                {formatArea(v.areaM2, lang)} · {t('zone.space.floorN', { floor: v.floor })}
              </Text>
              <Text size="sm">
                {t('zone.space.rentLine', {
                  rent: formatMoney(v.monthlyRentKopecks, v.currency),
                  rate: formatMoney(v.monthlyRatePerM2Kopecks, v.currency),
                })}
              </Text>
              {action && <Group justify="flex-end">{action(v)}</Group>}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
