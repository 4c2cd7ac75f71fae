/**
 * TextFilters — text fields of a list's filter bar, applied together with one button (or Enter), so the URL and the
 * query change once per search rather than per keystroke. Going back in history refills the fields.
 *
 *   <TextFilters
 *     label={t('people.filters')}                                     // names the form
 *     fields={[{ key: 'q', label: t('people.search'), search: true }, { key: 'skill', label: t('people.skill') }]}
 *     values={filters.values}
 *     onApply={filters.update}
 *   >
 *     <Select … onChange={(v) => filters.update({ role: v ?? '' })} />  // optional controls that apply at once
 *   </TextFilters>
 */
import { Button, Grid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface TextFilterField<K extends string> {
  key: K;
  label: string;
  placeholder?: string;
  /** A search box (magnifier icon, `type="search"`). */
  search?: boolean;
}

interface Props<K extends string> {
  label?: string;
  fields: readonly TextFilterField<K>[];
  values: Record<K, string>;
  onApply: (patch: Partial<Record<K, string>>) => void;
  /** The button's text; "Search" by default. */
  submitLabel?: string;
  /** More controls after the text fields, each in its own grid cell. */
  children?: ReactNode;
}

function Form<K extends string>({ label, fields, values, onApply, submitLabel, children }: Props<K>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(values);
  const extras = [children].flat().filter(Boolean);
  // Phones: one control a row. Wider: the controls share the row, the button keeps its own width.
  const span = { base: 12, sm: 'auto' } as const;
  return (
    <form
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onApply(
          Object.fromEntries(fields.map((f) => [f.key, draft[f.key].trim()])) as Partial<Record<K, string>>,
        );
      }}
    >
      <Grid gap="sm" align="flex-end">
        {fields.map((f) => (
          <Grid.Col key={f.key} span={span}>
            <TextInput
              label={f.label}
              placeholder={f.placeholder}
              type={f.search ? 'search' : 'text'}
              leftSection={f.search ? <IconSearch size={16} aria-hidden /> : undefined}
              value={draft[f.key]}
              onChange={(e) => setDraft({ ...draft, [f.key]: e.currentTarget.value })}
            />
          </Grid.Col>
        ))}
        {extras.map((extra, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of controls
          <Grid.Col key={i} span={span}>
            {extra}
          </Grid.Col>
        ))}
        <Grid.Col span={{ base: 12, sm: 'content' }}>
          <Button type="submit" fullWidth>
            {submitLabel ?? t('list.find')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

export function TextFilters<K extends string>(props: Props<K>) {
  // Remounts when the URL's values change (back/forward, reset), so the fields show what is applied.
  return <Form key={props.fields.map((f) => props.values[f.key]).join('\u0000')} {...props} />;
}
