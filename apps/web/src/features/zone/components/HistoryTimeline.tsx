import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import type { ApplicationEvent } from '../api/types.ts';

/** Every transition of the application, newest last, with the comment left with it. */
export function HistoryTimeline({ events }: { events: ApplicationEvent[] }) {
  const { t } = useTranslation();
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
            {formatDateTime(e.createdAt, 'Asia/Tomsk')}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
