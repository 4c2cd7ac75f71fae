import { Button, Code, Grid, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../../components/ListPagination.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { AUDIT_PAGE_SIZE, useAudit } from '../api/useAudit.ts';

const KEYS = ['action', 'objectType'] as const;
type Filters = Record<(typeof KEYS)[number], string>;

function AuditFilters({ initial, onApply }: { initial: Filters; onApply: (f: Filters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ action: draft.action.trim(), objectType: draft.objectType.trim() });
      }}
    >
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            label={t('admin.audit.action')}
            placeholder="identity.roles_changed"
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('admin.audit.objectType')}
            placeholder="user"
            value={draft.objectType}
            onChange={(e) => setDraft({ ...draft, objectType: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Button type="submit" fullWidth>
            {t('common.apply')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const timeZone = useMe().data?.user.timeZone;
  const { values, page, update } = useUrlFilters(KEYS);
  const audit = useAudit(values, page);
  return (
    <>
      <PageHeader title={t('nav.audit')} crumbs={[]} description={t('admin.audit.intro')} />
      <AuditFilters key={`${values.action}|${values.objectType}`} initial={values} onApply={update} />
      <Text fw={500} mt="lg" mb="sm" aria-live="polite" mih={24}>
        {audit.data &&
          t('admin.audit.found', { count: audit.data.total, formatted: formatNumber(audit.data.total) })}
      </Text>
      {audit.isPending ? (
        <LoadingState rows={8} />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <EmptyState title={t('admin.audit.emptyTitle')} text={t('admin.audit.emptyText')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm" aria-label={t('nav.audit')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.audit.when')}</Table.Th>
                  <Table.Th scope="col">{t('admin.audit.action')}</Table.Th>
                  <Table.Th scope="col">{t('admin.audit.object')}</Table.Th>
                  <Table.Th scope="col">{t('admin.audit.actor')}</Table.Th>
                  <Table.Th scope="col">{t('admin.audit.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(e.createdAt, timeZone)}
                    </Table.Td>
                    <Table.Td>
                      <Code>{e.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.objectType}</Text>
                      {e.objectId && (
                        <Text size="xs" c="dimmed" ff="monospace">
                          {e.objectId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {e.actorId ?? t('admin.audit.system')}
                      </Text>
                      {e.actorRoles.length > 0 && (
                        <Text size="xs" c="dimmed">
                          {e.actorRoles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}
                        </Text>
                      )}
                      {e.ip && (
                        <Text size="xs" c="dimmed">
                          IP {e.ip}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td maw={320}>
                      {Object.keys(e.details).length > 0 && (
                        <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                          {JSON.stringify(e.details, null, 1)}
                        </Code>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            page={page}
            pageSize={AUDIT_PAGE_SIZE}
            total={audit.data.total}
            onChange={(p) => update({ page: p })}
          />
        </>
      )}
    </>
  );
}
