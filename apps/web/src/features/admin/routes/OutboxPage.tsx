import { Accordion, Badge, Button, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../../components/ListPagination.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { OUTBOX_PAGE_SIZE, useOutbox } from '../api/useOutbox.ts';
import { MailText } from '../components/MailText.tsx';

const KEYS = ['to'] as const;

function RecipientFilter({ initial, onApply }: { initial: string; onApply: (to: string) => void }) {
  const { t } = useTranslation();
  const [to, setTo] = useState(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onApply(to.trim());
      }}
    >
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('admin.outbox.to')}
            type="search"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Button type="submit" fullWidth>
            {t('directory.find')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

const statusColor = (status: string) => (status === 'sent' ? 'green' : status === 'failed' ? 'red' : 'gray');

export function OutboxPage() {
  const { t } = useTranslation();
  const timeZone = useMe().data?.user.timeZone;
  const { values, page, update } = useUrlFilters(KEYS);
  const outbox = useOutbox(values.to, page);
  return (
    <>
      <PageHeader title={t('nav.outbox')} crumbs={[]} description={t('admin.outbox.intro')} />
      <RecipientFilter key={values.to} initial={values.to} onApply={(to) => update({ to })} />
      <Text fw={500} mt="lg" mb="sm" aria-live="polite" mih={24}>
        {outbox.data &&
          t('admin.outbox.found', { count: outbox.data.total, formatted: formatNumber(outbox.data.total) })}
      </Text>
      {outbox.isPending ? (
        <LoadingState rows={6} />
      ) : outbox.isError ? (
        <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.data.items.length === 0 ? (
        <EmptyState
          title={t('admin.outbox.emptyTitle')}
          text={values.to ? t('admin.outbox.emptyText') : t('admin.outbox.emptyAllText')}
        />
      ) : (
        <>
          <Accordion variant="separated" multiple>
            {outbox.data.items.map((m) => (
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
                      {t('admin.outbox.meta', {
                        template: m.template,
                        locale: m.locale,
                        attempts: m.attempts,
                      })}
                      {m.lastError && ` · ${m.lastError}`}
                    </Text>
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
          <ListPagination
            page={page}
            pageSize={OUTBOX_PAGE_SIZE}
            total={outbox.data.total}
            onChange={(p) => update({ page: p })}
          />
        </>
      )}
    </>
  );
}
