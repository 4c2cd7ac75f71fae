import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Me } from '../../lib/session.ts';
import { MODULES } from '../../modules.ts';
import type { NavItem, WebModule } from '../web-module.tsx';

interface Group {
  id: string;
  title: string;
  items: NavItem[];
}

const SHARED_GROUPS = { explore: 'nav.groups.explore', mine: 'nav.groups.mine' } as const;

/** The modules' entries this person sees, grouped: what everyone can see, their own pages, then role groups. */
export function navigationFor(me: Me | null, modules: readonly WebModule[] = MODULES): Group[] {
  const groups: Group[] = [
    { id: 'explore', title: SHARED_GROUPS.explore, items: [] },
    { id: 'mine', title: SHARED_GROUPS.mine, items: [] },
  ];
  for (const entry of modules.flatMap((m) => m.navigation ?? [])) {
    const visible = entry.visible ? entry.visible(me) : entry.group === 'explore' || me !== null;
    if (!visible) continue;
    const id = typeof entry.group === 'string' ? entry.group : entry.group.id;
    let group = groups.find((g) => g.id === id);
    if (!group) {
      group = {
        id,
        title: typeof entry.group === 'string' ? SHARED_GROUPS[entry.group] : entry.group.title,
        items: [],
      };
      groups.push(group);
    }
    group.items.push(...entry.items);
  }
  return groups.filter((g) => g.items.length > 0);
}

const isActive = (pathname: string, to: string) =>
  to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);

/** The navbar: what everyone can see, then what the person's roles open up. */
export function Navigation({ me, onNavigate }: { me: Me | null; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('nav.main')}>
      <Stack gap="lg">
        {navigationFor(me).map((group) => (
          <div key={group.id}>
            <Text size="xs" fw={600} tt="uppercase" c="dimmed" px="sm" mb={4}>
              {t(group.title)}
            </Text>
            {group.items.map((item) => {
              const active = isActive(pathname, item.to);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={t(item.label)}
                  leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={onNavigate}
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                />
              );
            })}
          </div>
        ))}
      </Stack>
    </nav>
  );
}
