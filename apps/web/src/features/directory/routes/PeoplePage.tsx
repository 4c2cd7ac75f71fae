import { Button, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/ListPage.tsx';
import { TextFilters } from '../../../components/TextFilters.tsx';
import { useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { PEOPLE_PAGE_SIZE, usePeople } from '../api/usePeople.ts';
import { PersonCard } from '../components/PersonCard.tsx';

const KEYS = ['q', 'skill'] as const;

/** People who made their profile public, found by name, headline or skill. */
export function PeoplePage() {
  const { t } = useTranslation('directory');
  const me = useMe().data;
  const filters = useUrlFilters(KEYS);
  const people = usePeople(filters.values, filters.page);

  return (
    <ListPage
      title={t('nav.people')}
      description={t('people.intro')}
      filters={
        <TextFilters
          label={t('people.filters')}
          fields={[
            { key: 'q', label: t('people.search'), search: true },
            { key: 'skill', label: t('people.skill') },
          ]}
          values={filters.values}
          onApply={filters.update}
        />
      }
      state={filters}
      query={people}
      pageSize={PEOPLE_PAGE_SIZE}
      count={(count, formatted) => t('people.found', { count, formatted })}
      skeletonRows={6}
      empty={{
        title: t('people.emptyTitle'),
        text: t('people.emptyText'),
        action: (
          <Button component={Link} to={me ? '/me' : '/sign-up'}>
            {me ? t('people.publishMine') : t('people.signUp')}
          </Button>
        ),
      }}
      emptyFiltered={{ title: t('people.emptyFilteredTitle'), text: t('people.emptyFilteredText') }}
    >
      {(items) => (
        // Cards at every width: a person is a name, a line and a few skills, not a row of columns.
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {items.map((p) => (
            <PersonCard key={p.userId} person={p} />
          ))}
        </SimpleGrid>
      )}
    </ListPage>
  );
}
