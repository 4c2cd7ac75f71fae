import { Badge, Box, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconLock, IconMailCheck, IconMailQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import type { AdminUser } from '../api/types.ts';
import { DisableDialog } from './DisableDialog.tsx';
import { RolesDialog } from './RolesDialog.tsx';

function RoleBadges({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
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
  const { t } = useTranslation();
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
  const { t } = useTranslation();
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

export function UserList({ items }: { items: AdminUser[] }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <>
      <Box visibleFrom="md">
        <Table striped verticalSpacing="sm" aria-label={t('nav.users')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.users.person')}</Table.Th>
              <Table.Th scope="col">{t('admin.users.roles')}</Table.Th>
              <Table.Th scope="col">{t('admin.users.status')}</Table.Th>
              <Table.Th scope="col">{t('admin.users.created')}</Table.Th>
              <Table.Th scope="col">{t('admin.users.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  <Text fw={500}>{u.name}</Text>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {u.email}
                  </Text>
                </Table.Td>
                <Table.Td maw={320}>
                  <RoleBadges user={u} />
                </Table.Td>
                <Table.Td>
                  <StatusBadges user={u} />
                </Table.Td>
                <Table.Td>{formatDate(u.createdAt)}</Table.Td>
                <Table.Td>
                  <Actions user={u} open={setDialog} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="md" gap="sm">
        {items.map((u) => (
          <Card key={u.id} withBorder component="article">
            <Stack gap={6}>
              <Text fw={600}>{u.name}</Text>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {u.email}
              </Text>
              <RoleBadges user={u} />
              <StatusBadges user={u} />
              <Actions user={u} open={setDialog} />
            </Stack>
          </Card>
        ))}
      </Stack>
      {dialog?.kind === 'roles' && <RolesDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'disable' && <DisableDialog user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
