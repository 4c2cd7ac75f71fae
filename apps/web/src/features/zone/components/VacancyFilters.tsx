import { UNIT_KINDS } from '@inohub/contracts/zone/space';
import { Box, Button, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VacancyFilters as Filters } from '../api/useVacancies.ts';
import { useZone } from '../api/useZone.ts';
import { pick } from './names.ts';

type Props = { values: Filters; onChange: (p: Partial<Filters>) => void };

/** Site, kind, area and dates; the numbers and dates apply with the button, the selects at once. */
export function VacancyFilters({ values, onChange }: Props) {
  const { t, i18n } = useTranslation('zone');
  const zone = useZone();
  const [open, { toggle }] = useDisclosure(false);
  const [draft, setDraft] = useState(values);
  useEffect(() => setDraft(values), [values]);
  const active = Object.values(values).filter((v) => v !== '').length;
  return (
    <form
      aria-label={t('zone.filters.label')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange(draft);
      }}
    >
      <Button
        hiddenFrom="md"
        variant="default"
        leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
        onClick={toggle}
        aria-expanded={open}
        aria-controls="zone-space-filters"
      >
        {active > 0 ? t('zone.filters.count', { count: active }) : t('zone.filters.show')}
      </Button>
      <Box
        id="zone-space-filters"
        display={{ base: open ? 'block' : 'none', md: 'block' }}
        mt={{ base: 'sm', md: 0 }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm">
          <Select
            label={t('zone.space.site')}
            data={[
              { value: '', label: t('zone.filters.anySite') },
              ...(zone.data?.sites ?? []).map((s) => ({
                value: s.id,
                label: pick(i18n.language, s.nameRu, s.nameEn),
              })),
            ]}
            value={draft.siteId}
            onChange={(v) => onChange({ siteId: v ?? '' })}
            allowDeselect={false}
          />
          <Select
            label={t('zone.space.kind')}
            data={[
              { value: '', label: t('zone.filters.anyKind') },
              ...UNIT_KINDS.map((k) => ({ value: k, label: t(`zone.unitKind.${k}`) })),
            ]}
            value={draft.kind}
            onChange={(v) => onChange({ kind: v ?? '' })}
            allowDeselect={false}
          />
          <NumberInput
            label={t('zone.space.minArea')}
            min={0}
            allowNegative={false}
            value={draft.minArea}
            onChange={(v) => setDraft((d) => ({ ...d, minArea: String(v) }))}
          />
          <NumberInput
            label={t('zone.space.maxArea')}
            min={0}
            allowNegative={false}
            value={draft.maxArea}
            onChange={(v) => setDraft((d) => ({ ...d, maxArea: String(v) }))}
          />
          <TextInput
            type="date"
            label={t('zone.space.from')}
            value={draft.from}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, from: value }));
            }}
          />
          <TextInput
            type="date"
            label={t('zone.space.to')}
            value={draft.to}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, to: value }));
            }}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">{t('zone.filters.apply')}</Button>
        </Group>
      </Box>
    </form>
  );
}
