import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/form-errors.tsx';
import { ROLES, type Role } from '../../../lib/session.ts';
import type { AdminUser } from '../api/types.ts';
import { useSetRoles } from '../api/useSetRoles.ts';

export function RolesDialog({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const save = useSetRoles();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('admin.users.rolesTitle', { name: user.name })}
      centered
      size="lg"
    >
      <Stack>
        <FormErrorSummary error={save.error} labels={{ roles: t('admin.users.roles') }} />
        <Checkbox.Group
          label={t('admin.users.roles')}
          description={t('admin.users.rolesHelp')}
          value={roles}
          onChange={(v) => setRoles(v as Role[])}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
            {ROLES.map((r) => (
              <Checkbox key={r} value={r} label={t(`roles.${r}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Text size="sm" c="dimmed">
          {t('admin.users.rolesAudit')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { id: user.id, roles },
                {
                  onSuccess: () => {
                    notifications.show({
                      color: 'green',
                      message: t('admin.users.rolesSaved', { name: user.name }),
                    });
                    onClose();
                  },
                },
              )
            }
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
