import type { RetentionCell } from '@inohub/contracts/talent/retention';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatShare } from '../../../lib/format.ts';

/**
 * One figure of the retention table: the share, and "n of N" under it; a suppressed cell says why it is empty
 * (docs/domain/talent.md, "Retention": no cell computed from fewer than 5 people).
 */
export function RetentionCellText({ cell }: { cell: RetentionCell | undefined }) {
  const { t, i18n } = useTranslation('careers');
  if (!cell || cell.suppressed || cell.share === null)
    return (
      <Stack gap={0} align="flex-end">
        <Text fw={600} aria-hidden>
          —
        </Text>
        <Text size="xs" c="dimmed" ta="right">
          {cell?.suppressed ? t('careers.retention.suppressedShort') : t('careers.retention.noData')}
        </Text>
      </Stack>
    );
  return (
    <Stack gap={0} align="flex-end">
      <Text fw={600}>{formatShare(cell.share, i18n.language)}</Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('careers.retention.ofEmployed', {
          inRegion: formatNumber(cell.inRegion ?? 0),
          employed: formatNumber(cell.employed ?? 0),
        })}
      </Text>
    </Stack>
  );
}
