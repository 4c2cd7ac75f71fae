import { Avatar, Button, Menu, UnstyledButton } from '@mantine/core';
import { IconLogin2, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { type Me, useSignOut } from '../../lib/session.ts';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');

export function UserMenu({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Button
        component={Link}
        to={`/sign-in?next=${next}`}
        size="sm"
        leftSection={<IconLogin2 size={16} aria-hidden />}
      >
        {t('header.signIn')}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu', { name: me.user.name })}>
          <Avatar color="blue" radius="xl" size={36}>
            {initials(me.user.name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.name}</Menu.Label>
        <Menu.Item component={Link} to="/me" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => signOut.mutate(undefined, { onSuccess: () => navigate('/') })}
        >
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
