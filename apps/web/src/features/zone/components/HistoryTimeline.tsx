import type { Wire } from '@inohub/contracts/wire';
import type { EventView } from '@inohub/contracts/zone/applications';
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, TOMSK } from '../../../lib/format.ts';

/** Every transition of the application, newest last, with the comment left with it. */
export function HistoryTimeline({ events }: { events: Wire<typeof EventView>[] }) {
  const { t } = useTranslation('zone');
  const sorted = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (sorted.length === 0) return <Text c="dimmed">{t('zone.application.noHistory')}</Text>;
  return (
    <Timeline active={sorted.length - 1} bulletSize={14} lineWidth={2}>
      {sorted.map((e) => (
        <Timeline.Item key={e.id} title={t(`zone.history.${e.action}`, { defaultValue: e.action })}>
          <Text size="sm">
            {e.fromState && e.fromState !== e.toState
              ? t('zone.history.transition', {
                  from: t(`zone.state.${e.fromState}`),
                  to: t(`zone.state.${e.toState}`),
                })
              : t(`zone.state.${e.toState}`)}
          </Text>
          {e.comment && (
            <Text size="sm" fs="italic" mt={2}>
              «{e.comment}»
            </Text>
          )}
          <Text size="xs" c="dimmed" mt={2}>
            {formatDateTime(e.createdAt, TOMSK)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
