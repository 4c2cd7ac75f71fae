import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../../components/ListPagination.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { PAGE_SIZE, useOrganizations } from '../api/useOrganizations.ts';
import { OrganizationFilters } from '../components/OrganizationFilters.tsx';
import { OrganizationList } from '../components/OrganizationList.tsx';

const FILTER_KEYS = ['q', 'kind', 'sector', 'city', 'foreign', 'verified', 'sort'] as const;

export function DirectoryPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const { values, page, update } = useUrlFilters(FILTER_KEYS);
  const list = useOrganizations(values, page);
  const filtered = FILTER_KEYS.some((k) => values[k] !== '');

  return (
    <>
      <PageHeader
        title={t('nav.directory')}
        crumbs={[]}
        description={t('directory.intro')}
        actions={
          me && (
            <Button component={Link} to="/directory/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('directory.add')}
            </Button>
          )
        }
      />
      <OrganizationFilters values={values} onChange={update} />
      <Group justify="space-between" mt="lg" mb="sm" mih={28}>
        <Text fw={500} aria-live="polite">
          {list.data &&
            t('directory.found', { count: list.data.total, formatted: formatNumber(list.data.total) })}
        </Text>
        {filtered && (
          <Button variant="subtle" size="compact-sm" component={Link} to="/directory">
            {t('directory.resetFilters')}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <LoadingState rows={8} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          title={filtered ? t('directory.emptyFilteredTitle') : t('directory.emptyTitle')}
          text={filtered ? t('directory.emptyFilteredText') : t('directory.emptyText')}
          action={
            filtered ? (
              <Button component={Link} to="/directory" variant="default">
                {t('directory.resetFilters')}
              </Button>
            ) : (
              me && (
                <Button component={Link} to="/directory/new">
                  {t('directory.add')}
                </Button>
              )
            )
          }
        />
      ) : (
        <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          <OrganizationList items={list.data.items} />
          <ListPagination
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onChange={(p) => update({ page: p })}
          />
        </div>
      )}
    </>
  );
}
