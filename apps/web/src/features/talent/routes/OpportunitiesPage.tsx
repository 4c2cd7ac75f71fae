import { Alert, Button, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/ListPage.tsx';
import { ErrorState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { hasRole, useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import {
  OPPORTUNITIES_PAGE_SIZE,
  useOpportunities,
  useRecommendedOpportunities,
} from '../api/useOpportunities.ts';
import { useMyTalentProfile } from '../api/useProfile.ts';
import { OpportunityCard } from '../components/OpportunityCard.tsx';
import { OpportunityFilters } from '../components/OpportunityFilters.tsx';

const FILTER_KEYS = ['q', 'kind', 'skill', 'city', 'remote'] as const;

/** Postings picked for the signed-in student's profile, with the reasons; absent for everyone else. */
function Recommended() {
  const { t } = useTranslation('talent');
  const me = useMe().data;
  const profile = useMyTalentProfile(Boolean(me));
  const hasProfile = Boolean(profile.data?.profile);
  const recs = useRecommendedOpportunities(hasProfile);
  if (!me || profile.isPending) return null;
  if (!hasProfile)
    return hasRole(me, 'recruiter') ? null : (
      <Alert
        color="blue"
        icon={<IconSparkles aria-hidden />}
        title={t('talent.recommended.noProfileTitle')}
        mb="lg"
      >
        <Stack gap="xs" align="flex-start">
          {t('talent.recommended.noProfileText')}
          <Button component={Link} to="/talent/profile" size="xs">
            {t('talent.recommended.createProfile')}
          </Button>
        </Stack>
      </Alert>
    );
  let body: React.ReactNode;
  if (recs.isPending)
    body = (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy="true" aria-label={t('common.loading')}>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={150} radius="md" />
        ))}
      </SimpleGrid>
    );
  else if (recs.isError) body = <ErrorState error={recs.error} onRetry={() => void recs.refetch()} />;
  else if (recs.data.items.length === 0) return null;
  else
    body = (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {recs.data.items.map((r) => (
          <OpportunityCard key={r.opportunity.id} o={r.opportunity} reasons={r.reasons} />
        ))}
      </SimpleGrid>
    );
  return (
    <Stack mb="xl">
      <Section
        title={t('talent.recommended.title')}
        description={t('talent.recommended.description')}
        actions={
          <Button component={Link} to="/talent/profile" variant="subtle" size="compact-sm">
            {t('talent.recommended.improve')}
          </Button>
        }
      >
        {body}
      </Section>
    </Stack>
  );
}

/** Jobs and internships at verified employers, searched in Russian and English. */
export function OpportunitiesPage() {
  const { t } = useTranslation('talent');
  const filters = useUrlFilters(FILTER_KEYS);
  const list = useOpportunities(filters.values, filters.page);
  return (
    <ListPage
      title={t('talent.opportunities.title')}
      description={t('talent.opportunities.intro')}
      filters={
        <>
          {!filters.filtered && filters.page === 1 && <Recommended />}
          <OpportunityFilters values={filters.values} onChange={filters.update} />
        </>
      }
      state={filters}
      query={list}
      pageSize={OPPORTUNITIES_PAGE_SIZE}
      count={(count, formatted) => t('talent.opportunities.found', { count, formatted })}
      empty={{ title: t('talent.opportunities.emptyTitle'), text: t('talent.opportunities.emptyText') }}
      emptyFiltered={{
        title: t('talent.opportunities.emptyFilteredTitle'),
        text: t('talent.opportunities.emptyFilteredText'),
      }}
    >
      {(items) => (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {items.map((o) => (
            <OpportunityCard key={o.id} o={o} />
          ))}
        </SimpleGrid>
      )}
    </ListPage>
  );
}
