import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormErrorSummary, fieldErrorsOf } from '../../../components/form-errors.tsx';
import { PasswordField } from '../../../components/PasswordField.tsx';
import { api } from '../../../lib/api.ts';
import { formatDate } from '../../../lib/format.ts';

/**
 * "Delete my account": says what happens (signed out and hidden now, erased in 30 days, records
 * under legal hold keep a pseudonym) and asks for the password before doing it.
 */
export function DeleteAccount() {
  const { t } = useTranslation('profile');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const remove = useMutation({
    mutationFn: () =>
      api<{ erasureAfter: string }>('/api/me/delete-account', { method: 'POST', body: { password } }),
    onSuccess: (res) => {
      client.clear();
      notifications.show({
        color: 'teal',
        title: t('profile.delete.doneTitle'),
        message: t('profile.delete.doneText', { date: formatDate(res.erasureAfter) }),
        autoClose: false,
      });
      navigate('/');
    },
  });
  const errors = fieldErrorsOf(t, remove.error);
  return (
    <>
      <Button color="red" variant="outline" onClick={() => setOpen(true)}>
        {t('profile.delete.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('profile.delete.title')} centered>
        <Stack gap="md">
          <Alert color="red" title={t('profile.delete.warningTitle')}>
            {t('profile.delete.warning')}
          </Alert>
          <Text size="sm">{t('profile.delete.kept')}</Text>
          <FormErrorSummary error={remove.error} labels={{ password: t('profile.delete.password') }} />
          <PasswordField
            id="field-password"
            label={t('profile.delete.password')}
            description={t('profile.delete.passwordHelp')}
            withAsterisk
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              disabled={!password}
              onClick={() => remove.mutate()}
            >
              {t('profile.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
