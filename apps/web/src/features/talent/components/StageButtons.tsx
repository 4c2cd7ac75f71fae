import type { ApplicationStage } from '@inohub/contracts/talent/enums';
import { FINAL_STAGES } from '@inohub/contracts/talent/enums';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoveStage } from '../api/useApplications.ts';
import { talentProblem } from './text.ts';

type Target = Exclude<ApplicationStage, 'withdrawn'>;

/**
 * One button per stage the server allows now (`allowedStages`): no drag and drop, so the board works
 * with a keyboard and on a phone. Final stages (hired, rejected) ask first and take a note.
 */
export function StageButtons({
  applicationId,
  applicant,
  allowed,
  size = 'compact-sm',
}: {
  applicationId: string;
  applicant: string;
  allowed: readonly ApplicationStage[];
  size?: 'compact-sm' | 'sm';
}) {
  const { t } = useTranslation('talent');
  const move = useMoveStage();
  const [target, setTarget] = useState<Target | null>(null);
  const [note, setNote] = useState('');
  const [opened, { open, close }] = useDisclosure(false);
  const stages = allowed.filter((s): s is Target => s !== 'withdrawn');
  if (stages.length === 0) return null;
  const run = (stage: Target, withNote?: string) =>
    move.mutate(
      { id: applicationId, body: { stage, note: withNote?.trim() || undefined } },
      {
        onSuccess: () => {
          close();
          setNote('');
          notifications.show({
            color: 'teal',
            message: t('talent.board.moved', { name: applicant, stage: t(`talent.stage.${stage}`) }),
          });
        },
      },
    );
  return (
    <>
      <Group gap={6} wrap="wrap">
        {stages.map((s) => (
          <Button
            key={s}
            size={size}
            variant={s === 'rejected' ? 'default' : 'light'}
            color={s === 'rejected' ? 'red' : undefined}
            loading={move.isPending && move.variables?.body.stage === s}
            aria-label={t('talent.board.moveTo', { name: applicant, stage: t(`talent.stage.${s}`) })}
            onClick={() => {
              if (FINAL_STAGES.includes(s)) {
                setTarget(s);
                open();
              } else run(s);
            }}
          >
            {t(`talent.board.to.${s}`)}
          </Button>
        ))}
      </Group>
      {move.isError && !opened && (
        <Text size="xs" c="red.8" role="alert">
          {talentProblem(t, move.error)}
        </Text>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={target ? t('talent.board.confirmTitle', { stage: t(`talent.stage.${target}`) }) : ''}
      >
        <Stack gap="sm">
          <Text size="sm">{target && t(`talent.board.confirmText.${target}`, { name: applicant })}</Text>
          <Textarea
            label={t('talent.board.note')}
            description={t('talent.board.noteHelp')}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {move.isError && (
            <Text size="sm" c="red.8" role="alert">
              {talentProblem(t, move.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color={target === 'rejected' ? 'red' : 'teal'}
              loading={move.isPending}
              onClick={() => target && run(target, note)}
            >
              {target && t(`talent.board.to.${target}`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
