import { Anchor, AppShell, Box, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useMe, useSessionLocale } from '../../lib/session.ts';
import { LoadingState } from '../QueryStatus.tsx';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import { GlobalSearch } from './GlobalSearch.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Navigation } from './Navigation.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The frame of every page: header, role-based navbar (a burger on phones) and the main area. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const me = useMe().data ?? null;
  useSessionLocale();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="app-navbar"
            />
            <Anchor component={Link} to="/" fw={700} fz="xl" underline="never" c="var(--mantine-color-text)">
              Inohub
            </Anchor>
          </Group>
          <Box visibleFrom="sm" style={{ flex: 1, maxWidth: 420 }}>
            <GlobalSearch id="global-search" />
          </Box>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <ColorSchemeToggle />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="app-navbar">
        <Box hiddenFrom="sm" mb="md">
          <GlobalSearch id="global-search-mobile" onDone={close} />
        </Box>
        <Navigation me={me} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Box maw={1200} mx="auto">
          <Suspense fallback={<LoadingState rows={6} />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
