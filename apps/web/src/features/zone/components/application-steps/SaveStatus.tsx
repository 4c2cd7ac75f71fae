import { Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCloudCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../../lib/format.ts';
import type { SaveState } from '../../api/useAutosave.ts';

/** "Черновик сохранён 14:02", "Сохраняем…", or the failure with a retry. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('zone');
  if (state.kind === 'pending')
    return (
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('zone.apply.saving')}
      </Text>
    );
  if (state.kind === 'saved')
    return (
      <Text size="sm" c="dimmed" aria-live="polite">
        <IconCloudCheck size={16} aria-hidden style={{ verticalAlign: -3 }} />{' '}
        {t('zone.apply.savedAt', { time: formatTime(state.at) })}
      </Text>
    );
  if (state.kind === 'error')
    return (
      <Group gap={6} aria-live="assertive">
        <Text size="sm" c="red.8">
          <IconAlertTriangle size={16} aria-hidden style={{ verticalAlign: -3 }} />{' '}
          {t('zone.apply.saveFailed')}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Group>
    );
  return (
    <Text size="sm" c="dimmed">
      {t('zone.apply.autosaveHint')}
    </Text>
  );
}
