import { ORGANIZATION_KINDS } from '@inohub/contracts/directory';
import { Box, Button, Checkbox, Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationFilters as Filters } from '../api/useOrganizations.ts';
import { useSectors } from '../api/useSectors.ts';
import { sectorName } from './names.ts';

interface Props {
  values: Filters;
  onChange: (patch: Partial<Filters>) => void;
}

const REFINERS = ['kind', 'sector', 'city', 'foreign', 'verified', 'sort'] as const;

/** Search and filters above the catalogue; every change lands in the URL. On phones the filters fold away. */
export function OrganizationFilters({ values, onChange }: Props) {
  const { t, i18n } = useTranslation('directory');
  const sectors = useSectors();
  const [q, setQ] = useState(values.q);
  const [city, setCity] = useState(values.city);
  const [open, { toggle }] = useDisclosure(false);
  useEffect(() => setQ(values.q), [values.q]);
  useEffect(() => setCity(values.city), [values.city]);
  const active = REFINERS.filter((k) => values[k] !== '').length;

  return (
    <form
      aria-label={t('directory.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ q: q.trim(), city: city.trim() });
      }}
    >
      <Group gap="xs" align="flex-end" wrap="nowrap" maw={760}>
        <TextInput
          style={{ flex: 1 }}
          label={t('directory.search')}
          aria-describedby="directory-search-help"
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <Button type="submit">{t('directory.find')}</Button>
      </Group>
      <Text id="directory-search-help" size="xs" c="dimmed" mt={4}>
        {t('directory.searchHelp')}
      </Text>
      <Button
        hiddenFrom="md"
        variant="default"
        mt="sm"
        leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
        onClick={toggle}
        aria-expanded={open}
        aria-controls="directory-filters"
      >
        {active > 0 ? t('directory.filtersCount', { count: active }) : t('directory.filtersShow')}
      </Button>
      <Box id="directory-filters" display={{ base: open ? 'block' : 'none', md: 'block' }} mt="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm">
          <Select
            label={t('directory.kind')}
            placeholder={t('directory.anyKind')}
            clearable
            data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={values.kind || null}
            onChange={(v) => onChange({ kind: v ?? '' })}
          />
          <Select
            label={t('directory.sector')}
            placeholder={sectors.isError ? t('directory.sectorsUnavailable') : t('directory.anySector')}
            clearable
            searchable
            disabled={sectors.isError}
            data={(sectors.data ?? []).map((s) => ({ value: s.code, label: sectorName(s, i18n.language) }))}
            value={values.sector || null}
            onChange={(v) => onChange({ sector: v ?? '' })}
          />
          <TextInput
            label={t('directory.city')}
            value={city}
            onChange={(e) => setCity(e.currentTarget.value)}
            onBlur={() => city.trim() !== values.city && onChange({ city: city.trim() })}
          />
          <Select
            label={t('directory.foreign')}
            data={[
              { value: '', label: t('directory.foreignAny') },
              { value: 'true', label: t('directory.foreignYes') },
              { value: 'false', label: t('directory.foreignNo') },
            ]}
            value={values.foreign}
            onChange={(v) => onChange({ foreign: v ?? '' })}
            allowDeselect={false}
          />
          <Select
            label={t('directory.sort')}
            data={[
              { value: '', label: t('directory.sortRelevance') },
              { value: 'name', label: t('directory.sortName') },
              { value: 'updated', label: t('directory.sortUpdated') },
            ]}
            value={values.sort}
            onChange={(v) => onChange({ sort: v ?? '' })}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Checkbox
          mt="sm"
          label={t('directory.verifiedOnly')}
          checked={values.verified === 'true'}
          onChange={(e) => onChange({ verified: e.currentTarget.checked ? 'true' : '' })}
        />
      </Box>
    </form>
  );
}
