import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconLock, IconMailCheck, IconMailQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/DataList.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { AdminUser } from '../api/types.ts';
import { DisableDialog } from './DisableDialog.tsx';
import { RolesDialog } from './RolesDialog.tsx';

function RoleBadges({ user }: { user: AdminUser }) {
  const { t } = useTranslation('admin');
  if (user.roles.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('admin.users.noRoles')}
      </Text>
    );
  return (
    <Group gap={4}>
      {user.roles.map((r) => (
        <Badge key={r} variant="light" color={r === 'admin' ? 'blue' : 'gray'}>
          {t(`roles.${r}`)}
        </Badge>
      ))}
    </Group>
  );
}

function StatusBadges({ user }: { user: AdminUser }) {
  const { t } = useTranslation('admin');
  return (
    <Group gap={4}>
      {user.disabled && (
        <Badge
          variant="default"
          leftSection={<IconLock size={12} color="var(--mantine-color-red-8)" aria-hidden />}
        >
          {t('admin.users.disabled')}
        </Badge>
      )}
      <Badge
        variant="default"
        leftSection={
          user.emailVerified ? (
            <IconMailCheck size={12} color="var(--mantine-color-green-8)" aria-hidden />
          ) : (
            <IconMailQuestion size={12} aria-hidden />
          )
        }
      >
        {user.emailVerified ? t('admin.users.verified') : t('admin.users.unverified')}
      </Badge>
    </Group>
  );
}

type Dialog = { kind: 'roles' | 'disable'; user: AdminUser } | null;

function Actions({ user, open }: { user: AdminUser; open: (d: Dialog) => void }) {
  const { t } = useTranslation('admin');
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => open({ kind: 'roles', user })}
        aria-label={t('admin.users.rolesFor', { name: user.name })}
      >
        {t('admin.users.roles')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color={user.disabled ? 'blue' : 'red'}
        onClick={() => open({ kind: 'disable', user })}
        aria-label={t(user.disabled ? 'admin.users.enableFor' : 'admin.users.disableFor', {
          name: user.name,
        })}
      >
        {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
      </Button>
    </Group>
  );
}

/** The accounts as a table (desktop) or cards (phones), with the roles and disable dialogs. */
export function UserList({ items }: { items: readonly AdminUser[] }) {
  const { t } = useTranslation('admin');
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <>
      <DataList
        items={items}
        rowKey={(u) => u.id}
        caption={t('nav.users')}
        cardColumns={1}
        columns={[
          {
            key: 'person',
            header: t('admin.users.person'),
            cell: (u) => (
              <>
                <Text fw={500}>{u.name}</Text>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {u.email}
                </Text>
              </>
            ),
          },
          { key: 'roles', header: t('admin.users.roles'), maw: 320, cell: (u) => <RoleBadges user={u} /> },
          { key: 'status', header: t('admin.users.status'), cell: (u) => <StatusBadges user={u} /> },
          {
            key: 'created',
            header: t('admin.users.created'),
            nowrap: true,
            cell: (u) => formatDate(u.createdAt),
          },
          {
            key: 'actions',
            header: t('admin.users.actions'),
            cell: (u) => <Actions user={u} open={setDialog} />,
          },
        ]}
        card={(u) => (
          <Stack gap={6}>
            <Text fw={600}>{u.name}</Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {u.email}
            </Text>
            <RoleBadges user={u} />
            <StatusBadges user={u} />
            <Actions user={u} open={setDialog} />
          </Stack>
        )}
      />
      {dialog?.kind === 'roles' && <RolesDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'disable' && <DisableDialog user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
