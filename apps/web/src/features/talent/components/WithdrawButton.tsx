import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdraw } from '../api/useApplications.ts';
import { talentProblem } from './text.ts';

/** Withdrawing is final, so it asks first and says so. */
export function WithdrawButton({ applicationId, title }: { applicationId: string; title: string }) {
  const { t } = useTranslation('talent');
  const [opened, { open, close }] = useDisclosure(false);
  const [note, setNote] = useState('');
  const withdraw = useWithdraw();
  return (
    <>
      <Button
        size="xs"
        variant="default"
        color="red"
        onClick={open}
        aria-label={t('talent.myApplications.withdrawOf', { title })}
      >
        {t('talent.myApplications.withdraw')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('talent.myApplications.withdrawTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('talent.myApplications.withdrawText', { title })}</Text>
          <Textarea
            label={t('talent.myApplications.withdrawNote')}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {withdraw.isError && (
            <Text c="red.8" size="sm" role="alert">
              {talentProblem(t, withdraw.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={withdraw.isPending}
              onClick={() =>
                withdraw.mutate(
                  { id: applicationId, body: { note: note.trim() || undefined } },
                  {
                    onSuccess: () => {
                      close();
                      notifications.show({ color: 'teal', message: t('talent.myApplications.withdrawn') });
                    },
                  },
                )
              }
            >
              {t('talent.myApplications.withdrawConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
