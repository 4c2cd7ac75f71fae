import { OPPORTUNITY_KINDS } from '@inohub/contracts/talent/enums';
import { Button, Checkbox, Grid, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityFilters as Filters } from '../api/useOpportunities.ts';
import { useSkills } from '../api/useSkills.ts';
import { skillName } from './text.ts';

type Props = { values: Filters; onChange: (p: Partial<Filters>) => void };

/**
 * The search box gets a row of its own on wide screens (people type whole phrases into it); the text
 * fields apply with the button or Enter, the selects and the checkbox at once.
 */
export function OpportunityFilters({ values, onChange }: Props) {
  const { t, i18n } = useTranslation('talent');
  const skills = useSkills();
  const [draft, setDraft] = useState({ q: values.q, city: values.city });
  // Back/forward and "reset filters" change the URL: the fields follow it.
  useEffect(() => setDraft({ q: values.q, city: values.city }), [values.q, values.city]);
  return (
    <form
      aria-label={t('talent.opportunities.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ q: draft.q.trim(), city: draft.city.trim() });
      }}
    >
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <TextInput
            type="search"
            label={t('talent.opportunities.search')}
            placeholder={t('talent.opportunities.searchHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={draft.q}
            onChange={(e) => {
              const q = e.currentTarget.value;
              setDraft((d) => ({ ...d, q }));
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <TextInput
            label={t('talent.opportunities.city')}
            value={draft.city}
            onChange={(e) => {
              const city = e.currentTarget.value;
              setDraft((d) => ({ ...d, city }));
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select
            label={t('talent.opportunities.kind')}
            data={[
              { value: '', label: t('talent.opportunities.anyKind') },
              ...OPPORTUNITY_KINDS.map((k) => ({ value: k, label: t(`talent.kind.${k}`) })),
            ]}
            value={values.kind}
            onChange={(v) => onChange({ kind: v ?? '' })}
            allowDeselect={false}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <Select
            label={t('talent.opportunities.skill')}
            placeholder={t('talent.opportunities.anySkill')}
            searchable
            clearable
            nothingFoundMessage={t('talent.skills.nothing')}
            data={(skills.data ?? []).map((s) => ({ value: s.code, label: skillName(i18n.language, s) }))}
            value={values.skill || null}
            onChange={(v) => onChange({ skill: v ?? '' })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Checkbox
            mb={{ base: 0, sm: 8 }}
            label={t('talent.opportunities.remoteOnly')}
            checked={values.remote === 'true'}
            onChange={(e) => onChange({ remote: e.currentTarget.checked ? 'true' : '' })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 2 }}>
          <Button type="submit" fullWidth>
            {t('talent.opportunities.find')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}
