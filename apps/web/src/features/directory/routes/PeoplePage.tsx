import { Button, Grid, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../../components/ListPagination.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { PEOPLE_PAGE_SIZE, usePeople } from '../api/usePeople.ts';
import { PersonCard } from '../components/PersonCard.tsx';

const KEYS = ['q', 'skill'] as const;

type Filters = { q: string; skill: string };

/** Keyed by the URL values, so that going back in history refills the fields. */
function PeopleSearch({ initial, onSearch }: { initial: Filters; onSearch: (f: Filters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  return (
    <form
      aria-label={t('people.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onSearch({ q: draft.q.trim(), skill: draft.skill.trim() });
      }}
    >
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            label={t('people.search')}
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('people.skill')}
            value={draft.skill}
            onChange={(e) => setDraft({ ...draft, skill: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Button type="submit" fullWidth>
            {t('directory.find')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

export function PeoplePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const { values, page, update } = useUrlFilters(KEYS);
  const people = usePeople(values, page);
  const filtered = values.q !== '' || values.skill !== '';

  return (
    <>
      <PageHeader title={t('nav.people')} crumbs={[]} description={t('people.intro')} />
      <PeopleSearch key={`${values.q}|${values.skill}`} initial={values} onSearch={update} />
      <Group justify="space-between" mt="lg" mb="sm" mih={28}>
        <Text fw={500} aria-live="polite">
          {people.data &&
            t('people.found', { count: people.data.total, formatted: formatNumber(people.data.total) })}
        </Text>
      </Group>
      {people.isPending ? (
        <LoadingState rows={6} />
      ) : people.isError ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : people.data.items.length === 0 ? (
        <EmptyState
          title={filtered ? t('people.emptyFilteredTitle') : t('people.emptyTitle')}
          text={filtered ? t('people.emptyFilteredText') : t('people.emptyText')}
          action={
            filtered ? (
              <Button component={Link} to="/people" variant="default">
                {t('directory.resetFilters')}
              </Button>
            ) : (
              <Button component={Link} to={me ? '/me' : '/sign-up'}>
                {me ? t('people.publishMine') : t('home.signUp')}
              </Button>
            )
          }
        />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {people.data.items.map((p) => (
              <PersonCard key={p.userId} person={p} />
            ))}
          </SimpleGrid>
          <ListPagination
            page={page}
            pageSize={PEOPLE_PAGE_SIZE}
            total={people.data.total}
            onChange={(p) => update({ page: p })}
          />
        </>
      )}
    </>
  );
}
