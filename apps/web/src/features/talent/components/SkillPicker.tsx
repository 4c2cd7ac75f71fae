import { Button, MultiSelect, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Skill } from '../api/types.ts';
import { useCreateSkill, useSkills } from '../api/useSkills.ts';
import { skillName, talentProblem } from './text.ts';

interface Props {
  id?: string;
  label: string;
  description?: string;
  value: string[];
  onChange: (codes: string[]) => void;
  /** Skills already chosen, so their names show before any search. */
  known?: readonly Skill[];
  error?: React.ReactNode;
  max?: number;
}

/**
 * Skills from the shared taxonomy, searched in Russian and English; a skill the taxonomy lacks can be
 * added (the server answers the existing one when the name matches).
 */
export function SkillPicker({ id, label, description, value, onChange, known = [], error, max = 50 }: Props) {
  const { t, i18n } = useTranslation('talent');
  const lang = i18n.language;
  const [search, setSearch] = useState('');
  const results = useSkills(search);
  const create = useCreateSkill();
  const [names, setNames] = useState<Map<string, Skill>>(() => new Map(known.map((s) => [s.code, s])));
  const knownKey = known.map((s) => s.code).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh when the chosen skills change
  useEffect(() => {
    setNames((m) => {
      const next = new Map(m);
      for (const s of known) next.set(s.code, s);
      return next;
    });
  }, [knownKey]);
  useEffect(() => {
    if (!results.data) return;
    setNames((m) => {
      const next = new Map(m);
      for (const s of results.data) next.set(s.code, s);
      return next;
    });
  }, [results.data]);

  const data = useMemo(() => {
    const codes = new Set([...value, ...(results.data ?? []).map((s) => s.code)]);
    return [...codes].map((code) => {
      const s = names.get(code);
      return { value: code, label: s ? skillName(lang, s) : code };
    });
  }, [value, results.data, names, lang]);

  const typed = search.trim();
  const exact = (results.data ?? []).some(
    (s) => s.nameRu.toLowerCase() === typed.toLowerCase() || s.nameEn.toLowerCase() === typed.toLowerCase(),
  );
  const add = () => {
    const body = /[а-яё]/i.test(typed) ? { nameRu: typed } : { nameEn: typed };
    create.mutate(body, {
      onSuccess: (skill) => {
        setNames((m) => new Map(m).set(skill.code, skill));
        if (!value.includes(skill.code)) onChange([...value, skill.code]);
        setSearch('');
      },
    });
  };
  return (
    <Stack gap={4}>
      <MultiSelect
        id={id}
        label={label}
        description={description}
        data={data}
        value={value}
        onChange={onChange}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        // The server already filtered by the typed text, in both languages.
        filter={({ options }) => options}
        maxValues={max}
        hidePickedOptions
        nothingFoundMessage={results.isFetching ? t('common.loading') : t('talent.skills.nothing')}
        error={error}
      />
      {typed.length >= 2 && !exact && !results.isFetching && (
        <div>
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPlus size={14} aria-hidden />}
            // Keeps the focus (and the typed text) in the field until the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={add}
            loading={create.isPending}
          >
            {t('talent.skills.add', { name: typed })}
          </Button>
        </div>
      )}
      {create.isError && (
        <Text size="sm" c="red.8" role="alert">
          {talentProblem(t, create.error)}
        </Text>
      )}
    </Stack>
  );
}
