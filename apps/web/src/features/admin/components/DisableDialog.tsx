import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/form-errors.tsx';
import type { AdminUser } from '../api/types.ts';
import { useSetDisabled } from '../api/useSetDisabled.ts';

/** Says exactly what disabling does before doing it. */
export function DisableDialog({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const set = useSetDisabled();
  const disabling = !user.disabled;
  const key = disabling ? 'disable' : 'enable';
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t(`admin.users.${key}Title`, { name: user.name })}
      centered
    >
      <Stack>
        <FormErrorSummary error={set.error} labels={{}} />
        <Text>{t(`admin.users.${key}Text`, { name: user.name, email: user.email })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={disabling ? 'red' : 'blue'}
            loading={set.isPending}
            onClick={() =>
              set.mutate(
                { id: user.id, disabled: disabling },
                {
                  onSuccess: () => {
                    notifications.show({
                      color: 'green',
                      message: t(`admin.users.${key}Done`, { name: user.name }),
                    });
                    onClose();
                  },
                },
              )
            }
          >
            {t(`admin.users.${key}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
