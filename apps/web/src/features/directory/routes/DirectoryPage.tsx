import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/ListPage.tsx';
import { useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { PAGE_SIZE, useOrganizations } from '../api/useOrganizations.ts';
import { OrganizationFilters } from '../components/OrganizationFilters.tsx';
import { OrganizationCard, organizationColumns } from '../components/OrganizationList.tsx';

const FILTER_KEYS = ['q', 'kind', 'sector', 'city', 'foreign', 'verified', 'sort'] as const;

export function DirectoryPage() {
  const { t, i18n } = useTranslation('directory');
  const me = useMe().data;
  const filters = useUrlFilters(FILTER_KEYS);
  const list = useOrganizations(filters.values, filters.page);
  const add = me && (
    <Button component={Link} to="/directory/new" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('directory.add')}
    </Button>
  );

  return (
    <ListPage
      title={t('nav.directory')}
      description={t('directory.intro')}
      actions={add}
      filters={<OrganizationFilters values={filters.values} onChange={filters.update} />}
      state={filters}
      query={list}
      pageSize={PAGE_SIZE}
      count={(count, formatted) => t('directory.found', { count, formatted })}
      empty={{ title: t('directory.emptyTitle'), text: t('directory.emptyText'), action: add }}
      emptyFiltered={{ title: t('directory.emptyFilteredTitle'), text: t('directory.emptyFilteredText') }}
      caption={t('directory.tableCaption')}
      rowKey={(org) => org.id}
      columns={organizationColumns(t, i18n.language)}
      card={(org) => <OrganizationCard org={org} />}
    />
  );
}
