import { Button, Grid, Select, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../../components/ListPagination.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { ROLES } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { USERS_PAGE_SIZE, useUsers } from '../api/useUsers.ts';
import { UserList } from '../components/UserList.tsx';

const KEYS = ['q', 'role'] as const;

function UserSearch({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(q.trim());
      }}
    >
      <Grid gap="xs" align="flex-end">
        <Grid.Col span={{ base: 12, xs: 8 }}>
          <TextInput
            label={t('admin.users.search')}
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 4 }}>
          <Button type="submit" fullWidth>
            {t('directory.find')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const { values, page, update } = useUrlFilters(KEYS);
  const users = useUsers(values, page);
  return (
    <>
      <PageHeader title={t('nav.users')} crumbs={[]} description={t('admin.users.intro')} />
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <UserSearch key={values.q} initial={values.q} onSearch={(q) => update({ q })} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Select
            label={t('admin.users.role')}
            placeholder={t('admin.users.anyRole')}
            clearable
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={values.role || null}
            onChange={(v) => update({ role: v ?? '' })}
          />
        </Grid.Col>
      </Grid>
      <Text fw={500} mt="lg" mb="sm" aria-live="polite" mih={24}>
        {users.data &&
          t('admin.users.found', { count: users.data.total, formatted: formatNumber(users.data.total) })}
      </Text>
      {users.isPending ? (
        <LoadingState rows={8} />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <EmptyState title={t('admin.users.emptyTitle')} text={t('admin.users.emptyText')} />
      ) : (
        <>
          <UserList items={users.data.items} />
          <ListPagination
            page={page}
            pageSize={USERS_PAGE_SIZE}
            total={users.data.total}
            onChange={(p) => update({ page: p })}
          />
        </>
      )}
    </>
  );
}
