import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/ListPage.tsx';
import { TextFilters } from '../../../components/TextFilters.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { OUTBOX_PAGE_SIZE, useOutbox } from '../api/useOutbox.ts';
import { MailText } from '../components/MailText.tsx';

const KEYS = ['to'] as const;

const statusColor = (status: string) => (status === 'sent' ? 'green' : status === 'failed' ? 'red' : 'gray');

/** Mail the platform sent or tried to send (demo and development: the mail is read here). */
export function OutboxPage() {
  const { t } = useTranslation('admin');
  const timeZone = useMe().data?.user.timeZone;
  const filters = useUrlFilters(KEYS);
  const outbox = useOutbox(filters.values.to, filters.page);
  return (
    <ListPage
      title={t('nav.outbox')}
      description={t('admin.outbox.intro')}
      filters={
        <TextFilters
          fields={[{ key: 'to', label: t('admin.outbox.to'), search: true }]}
          values={filters.values}
          onApply={filters.update}
        />
      }
      state={filters}
      query={outbox}
      pageSize={OUTBOX_PAGE_SIZE}
      count={(count, formatted) => t('admin.outbox.found', { count, formatted })}
      skeletonRows={6}
      empty={{ title: t('admin.outbox.emptyTitle'), text: t('admin.outbox.emptyAllText') }}
      emptyFiltered={{ title: t('admin.outbox.emptyTitle'), text: t('admin.outbox.emptyText') }}
    >
      {(items) => (
        // A mail opens in place: subject, recipient and status first, the text on demand.
        <Accordion variant="separated" multiple>
          {items.map((m) => (
            <Accordion.Item key={m.id} value={m.id}>
              <Accordion.Control>
                <Stack gap={2}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {m.subject}
                  </Text>
                  <Group gap="xs">
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {m.toAddress}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {formatDateTime(m.createdAt, timeZone)}
                    </Text>
                    <Badge variant="light" color={statusColor(m.status)}>
                      {t(`admin.outbox.status.${m.status}`, { defaultValue: m.status })}
                    </Badge>
                  </Group>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <MailText text={m.textBody} />
                  <Text size="xs" c="dimmed">
                    {t('admin.outbox.meta', { template: m.template, locale: m.locale, attempts: m.attempts })}
                    {m.lastError && ` · ${m.lastError}`}
                  </Text>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </ListPage>
  );
}
