import { Button, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { useMe } from '../../../lib/session.ts';
import { useDirectoryStats } from '../api/useDirectoryStats.ts';
import { EcosystemChart } from '../components/EcosystemChart.tsx';

function Ecosystem() {
  const { t } = useTranslation('home');
  const stats = useDirectoryStats();
  if (stats.isPending) return <LoadingState rows={6} />;
  if (stats.isError) return <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />;
  if (Object.values(stats.data.organizationsByKind).every((n) => n === 0)) {
    return (
      <EmptyState
        title={t('home.chart.empty')}
        text={t('home.chart.emptyText')}
        action={
          <Button component={Link} to="/directory/new">
            {t('home.addOrganization')}
          </Button>
        }
      />
    );
  }
  return <EcosystemChart stats={stats.data} fetchedAt={stats.dataUpdatedAt} />;
}

export function HomePage() {
  const { t } = useTranslation('home');
  const me = useMe().data;
  useEffect(() => {
    document.title = `Inohub — ${t('home.tagline')}`;
  }, [t]);
  return (
    <Stack gap="xl">
      <Stack gap="sm" maw={760}>
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg">{t('home.lead')}</Text>
        <Group mt="xs">
          <Button
            component={Link}
            to="/directory"
            size="md"
            leftSection={<IconBuildingCommunity size={18} aria-hidden />}
          >
            {t('home.findOrganizations')}
          </Button>
          {me ? (
            <Button component={Link} to="/me" size="md" variant="default">
              {t('nav.profile')}
            </Button>
          ) : (
            <Button
              component={Link}
              to="/sign-up"
              size="md"
              variant="default"
              leftSection={<IconUserPlus size={18} aria-hidden />}
            >
              {t('home.signUp')}
            </Button>
          )}
        </Group>
      </Stack>
      <Ecosystem />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {[
          {
            to: '/directory',
            icon: IconBuildingCommunity,
            title: t('home.cards.directory.title'),
            text: t('home.cards.directory.text'),
          },
          {
            to: '/people',
            icon: IconUsersGroup,
            title: t('home.cards.people.title'),
            text: t('home.cards.people.text'),
          },
        ].map((card) => (
          <Group key={card.to} align="flex-start" wrap="nowrap" gap="md">
            <ThemeIcon variant="light" size={44} radius="md" aria-hidden>
              <card.icon size={24} />
            </ThemeIcon>
            <Stack gap={4}>
              <Title order={2} size="h4">
                <Link to={card.to} style={{ color: 'inherit' }}>
                  {card.title}
                </Link>
              </Title>
              <Text c="dimmed">{card.text}</Text>
            </Stack>
          </Group>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
