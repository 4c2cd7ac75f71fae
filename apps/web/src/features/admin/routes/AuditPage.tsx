import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/ListPage.tsx';
import { TextFilters } from '../../../components/TextFilters.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import type { AuditEntry } from '../api/types.ts';
import { AUDIT_PAGE_SIZE, useAudit } from '../api/useAudit.ts';

const KEYS = ['action', 'objectType'] as const;

function Actor({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('admin');
  return (
    <>
      <Text size="xs" ff="monospace">
        {entry.actorId ?? t('admin.audit.system')}
      </Text>
      {entry.actorRoles.length > 0 && (
        <Text size="xs" c="dimmed">
          {entry.actorRoles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}
        </Text>
      )}
      {entry.ip && (
        <Text size="xs" c="dimmed">
          IP {entry.ip}
        </Text>
      )}
    </>
  );
}

function Details({ entry }: { entry: AuditEntry }) {
  if (Object.keys(entry.details).length === 0) return null;
  return (
    <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {JSON.stringify(entry.details, null, 1)}
    </Code>
  );
}

/** The append-only audit log: who did what to which record, newest first. */
export function AuditPage() {
  const { t } = useTranslation('admin');
  const timeZone = useMe().data?.user.timeZone;
  const filters = useUrlFilters(KEYS);
  const audit = useAudit(filters.values, filters.page);
  return (
    <ListPage
      title={t('nav.audit')}
      description={t('admin.audit.intro')}
      filters={
        <TextFilters
          fields={[
            { key: 'action', label: t('admin.audit.action'), placeholder: 'identity.roles_changed' },
            { key: 'objectType', label: t('admin.audit.objectType'), placeholder: 'user' },
          ]}
          values={filters.values}
          onApply={filters.update}
          submitLabel={t('common.apply')}
        />
      }
      state={filters}
      query={audit}
      pageSize={AUDIT_PAGE_SIZE}
      count={(count, formatted) => t('admin.audit.found', { count, formatted })}
      empty={{ title: t('admin.audit.emptyTitle'), text: t('admin.audit.emptyText') }}
      caption={t('nav.audit')}
      rowKey={(e) => e.id}
      minWidth={760}
      cardColumns={1}
      columns={[
        {
          key: 'when',
          header: t('admin.audit.when'),
          nowrap: true,
          cell: (e) => formatDateTime(e.createdAt, timeZone),
        },
        { key: 'action', header: t('admin.audit.action'), cell: (e) => <Code>{e.action}</Code> },
        {
          key: 'object',
          header: t('admin.audit.object'),
          cell: (e) => (
            <>
              <Text size="sm">{e.objectType}</Text>
              {e.objectId && (
                <Text size="xs" c="dimmed" ff="monospace">
                  {e.objectId}
                </Text>
              )}
            </>
          ),
        },
        { key: 'actor', header: t('admin.audit.actor'), cell: (e) => <Actor entry={e} /> },
        { key: 'details', header: t('admin.audit.details'), maw: 320, cell: (e) => <Details entry={e} /> },
      ]}
      card={(e) => (
        <Stack gap={6}>
          <Text size="sm" c="dimmed">
            {formatDateTime(e.createdAt, timeZone)}
          </Text>
          <Code style={{ alignSelf: 'flex-start' }}>{e.action}</Code>
          <Text size="sm">
            {e.objectType}{' '}
            {e.objectId && (
              <Text span size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {e.objectId}
              </Text>
            )}
          </Text>
          <div>
            <Actor entry={e} />
          </div>
          <Details entry={e} />
        </Stack>
      )}
    />
  );
}
