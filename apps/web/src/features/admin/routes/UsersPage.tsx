import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/ListPage.tsx';
import { TextFilters } from '../../../components/TextFilters.tsx';
import { ROLES } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { USERS_PAGE_SIZE, useUsers } from '../api/useUsers.ts';
import { UserList } from '../components/UserList.tsx';

const KEYS = ['q', 'role'] as const;

/** Accounts: find a person, change their roles, disable or enable them. */
export function UsersPage() {
  const { t } = useTranslation('admin');
  const filters = useUrlFilters(KEYS);
  const users = useUsers(filters.values, filters.page);
  return (
    <ListPage
      title={t('nav.users')}
      description={t('admin.users.intro')}
      filters={
        <TextFilters
          fields={[{ key: 'q', label: t('admin.users.search'), search: true }]}
          values={filters.values}
          onApply={filters.update}
        >
          <Select
            label={t('admin.users.role')}
            placeholder={t('admin.users.anyRole')}
            clearable
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={filters.values.role || null}
            onChange={(v) => filters.update({ role: v ?? '' })}
          />
        </TextFilters>
      }
      state={filters}
      query={users}
      pageSize={USERS_PAGE_SIZE}
      count={(count, formatted) => t('admin.users.found', { count, formatted })}
      empty={{ title: t('admin.users.emptyTitle'), text: t('admin.users.emptyText') }}
    >
      {(items) => <UserList items={items} />}
    </ListPage>
  );
}
