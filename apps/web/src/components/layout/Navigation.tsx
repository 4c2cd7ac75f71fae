import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconBuildingSkyscraper,
  IconChartBar,
  IconClipboardList,
  IconFileCertificate,
  IconFileReport,
  IconFiles,
  IconHome,
  IconListCheck,
  IconListSearch,
  IconMail,
  IconPercentage,
  IconReportMoney,
  IconShieldExclamation,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { hasRole, type Me } from '../../lib/session.ts';

interface Item {
  to: string;
  label: string;
  icon: typeof IconHome;
}

function groupsFor(me: Me | null, t: (k: string) => string): Array<{ title: string; items: Item[] }> {
  const groups = [
    {
      title: t('nav.groups.explore'),
      items: [
        { to: '/', label: t('nav.home'), icon: IconHome },
        { to: '/directory', label: t('nav.directory'), icon: IconBuildingCommunity },
        { to: '/people', label: t('nav.people'), icon: IconUsersGroup },
        { to: '/zone/residents', label: t('zone.nav.register'), icon: IconFileCertificate },
        { to: '/zone/stats', label: t('zone.nav.stats'), icon: IconChartBar },
        { to: '/zone/space', label: t('zone.nav.space'), icon: IconBuildingSkyscraper },
      ],
    },
  ];
  if (me)
    groups.push({
      title: t('nav.groups.mine'),
      items: [
        { to: '/me', label: t('nav.profile'), icon: IconUserCircle },
        { to: '/zone/apply', label: t('zone.nav.apply'), icon: IconClipboardList },
        { to: '/zone/applications', label: t('zone.nav.myApplications'), icon: IconFiles },
        { to: '/zone/reports', label: t('zone.nav.reports'), icon: IconFileReport },
      ],
    });
  if (hasRole(me, 'zone_admin'))
    groups.push({
      title: t('zone.nav.group'),
      items: [
        { to: '/zone/review', label: t('zone.nav.review'), icon: IconListCheck },
        { to: '/zone/compliance', label: t('zone.nav.compliance'), icon: IconShieldExclamation },
        { to: '/zone/ledger', label: t('zone.nav.ledger'), icon: IconReportMoney },
        { to: '/zone/rates', label: t('zone.nav.rates'), icon: IconPercentage },
      ],
    });
  else if (hasRole(me, 'analyst'))
    // Regional analysts read the benefit ledger and the rates it uses (the API allows them both).
    groups.push({
      title: t('zone.nav.analystGroup'),
      items: [
        { to: '/zone/ledger', label: t('zone.nav.ledger'), icon: IconReportMoney },
        { to: '/zone/rates', label: t('zone.nav.rates'), icon: IconPercentage },
      ],
    });
  if (hasRole(me, 'admin')) {
    groups.push({
      title: t('nav.groups.admin'),
      items: [
        { to: '/admin/users', label: t('nav.users'), icon: IconUsers },
        { to: '/admin/audit', label: t('nav.audit'), icon: IconListSearch },
        { to: '/admin/outbox', label: t('nav.outbox'), icon: IconMail },
      ],
    });
  }
  return groups;
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
        {groupsFor(me, t).map((group) => (
          <div key={group.title}>
            <Text size="xs" fw={600} tt="uppercase" c="dimmed" px="sm" mb={4}>
              {group.title}
            </Text>
            {group.items.map((item) => {
              const active = isActive(pathname, item.to);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
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
