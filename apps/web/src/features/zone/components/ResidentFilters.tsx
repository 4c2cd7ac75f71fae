import { RESIDENT_STATUSES } from '@inohub/contracts/zone/register';
import { Box, Button, Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentFilters as Filters } from '../api/useResidents.ts';
import { useZone } from '../api/useZone.ts';
import { pick } from './names.ts';

const REFINERS = ['site', 'status', 'it', 'foreign'] as const;

/** Search and filters above the register; every change lands in the URL. */
export function ResidentFilters({
  values,
  onChange,
}: {
  values: Filters;
  onChange: (p: Partial<Filters>) => void;
}) {
  const { t, i18n } = useTranslation('zone');
  const zone = useZone();
  const [q, setQ] = useState(values.q);
  const [open, { toggle }] = useDisclosure(false);
  useEffect(() => setQ(values.q), [values.q]);
  const active = REFINERS.filter((k) => values[k] !== '').length;
  const yesNo = (any: string) => [
    { value: '', label: any },
    { value: 'true', label: t('zone.filters.yes') },
    { value: 'false', label: t('zone.filters.no') },
  ];

  return (
    <form
      aria-label={t('zone.filters.label')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ q: q.trim() });
      }}
    >
      <Group gap="xs" align="flex-end" wrap="nowrap" maw={760}>
        <TextInput
          style={{ flex: 1 }}
          label={t('zone.register.search')}
          aria-describedby="zone-search-help"
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <Button type="submit">{t('zone.filters.find')}</Button>
      </Group>
      <Text id="zone-search-help" size="xs" c="dimmed" mt={4}>
        {t('zone.register.searchHelp')}
      </Text>
      <Button
        hiddenFrom="md"
        variant="default"
        mt="sm"
        leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
        onClick={toggle}
        aria-expanded={open}
        aria-controls="zone-resident-filters"
      >
        {active > 0 ? t('zone.filters.count', { count: active }) : t('zone.filters.show')}
      </Button>
      <Box id="zone-resident-filters" display={{ base: open ? 'block' : 'none', md: 'block' }} mt="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
          <Select
            label={t('zone.register.site')}
            data={[
              { value: '', label: t('zone.filters.anySite') },
              ...(zone.data?.sites ?? []).map((s) => ({
                value: s.id,
                label: pick(i18n.language, s.nameRu, s.nameEn),
              })),
            ]}
            value={values.site}
            onChange={(v) => onChange({ site: v ?? '' })}
            allowDeselect={false}
          />
          <Select
            label={t('zone.register.status')}
            data={[
              { value: '', label: t('zone.filters.anyStatus') },
              ...RESIDENT_STATUSES.map((s) => ({ value: s, label: t(`zone.residentStatus.${s}`) })),
            ]}
            value={values.status}
            onChange={(v) => onChange({ status: v ?? '' })}
            allowDeselect={false}
          />
          <Select
            label={t('zone.register.it')}
            data={yesNo(t('zone.filters.any'))}
            value={values.it}
            onChange={(v) => onChange({ it: v ?? '' })}
            allowDeselect={false}
          />
          <Select
            label={t('zone.register.foreign')}
            data={yesNo(t('zone.filters.any'))}
            value={values.foreign}
            onChange={(v) => onChange({ foreign: v ?? '' })}
            allowDeselect={false}
          />
        </SimpleGrid>
      </Box>
    </form>
  );
}
