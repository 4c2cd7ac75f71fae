import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Search across the directory from anywhere; Enter opens the catalogue with the query. */
export function GlobalSearch({ id, onDone }: { id: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  return (
    <search>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const query = q.trim();
          navigate(query ? `/directory?q=${encodeURIComponent(query)}` : '/directory');
          onDone?.();
        }}
      >
        <TextInput
          id={id}
          type="search"
          aria-label={t('header.searchLabel')}
          placeholder={t('header.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w="100%"
        />
      </form>
    </search>
  );
}
