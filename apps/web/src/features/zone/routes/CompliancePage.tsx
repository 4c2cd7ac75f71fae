import type { Wire } from '@inohub/contracts/wire';
import {
  CASE_STATUSES,
  type CaseListItem,
  type CaseStatus,
  COMPLIANCE_FLAGS,
} from '@inohub/contracts/zone/compliance';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/ListPage.tsx';
import { formatDate, TOMSK } from '../../../lib/format.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { CASES_PAGE_SIZE, useComplianceCases } from '../api/useComplianceCases.ts';
import { useSetCaseStatus } from '../api/useSetCaseStatus.ts';
import { zoneProblem } from '../components/names.ts';

type ComplianceCase = Wire<typeof CaseListItem>;

const FILTER_KEYS = ['flag', 'status'] as const;
const SEVERITY_COLOR: Record<ComplianceCase['severity'], string> = {
  warning: 'yellow',
  breach_candidate: 'orange',
  escalation: 'red',
  suspension: 'red',
  block: 'red',
};

/** Zone admin: compliance flags T1–T7 raised for residents, worked as cases. */
export function CompliancePage() {
  const { t } = useTranslation('zone');
  const filters = useUrlFilters(FILTER_KEYS);
  const { values, update } = filters;
  const list = useComplianceCases(values, filters.page);
  const setStatus = useSetCaseStatus();
  const [editing, setEditing] = useState<ComplianceCase | null>(null);
  const [next, setNext] = useState<CaseStatus | null>(null);
  const [comment, setComment] = useState('');
  const open = (c: ComplianceCase) => {
    setStatus.reset();
    setEditing(c);
    setNext(null);
    setComment('');
  };
  const flag = (c: ComplianceCase) => (
    <Text size="sm" fw={600}>
      {c.flag} · {t(`zone.flags.${c.flag}`)}
    </Text>
  );
  const severity = (c: ComplianceCase) => (
    <Badge
      color={SEVERITY_COLOR[c.severity]}
      c="var(--mantine-color-text)"
      variant="light"
      style={{ textTransform: 'none' }}
    >
      {t(`zone.severity.${c.severity}`)}
    </Badge>
  );
  const status = (c: ComplianceCase) => (
    <Badge
      color={c.status === 'open' ? 'red' : c.status === 'acknowledged' ? 'yellow' : 'gray'}
      c="var(--mantine-color-text)"
      variant="outline"
      style={{ textTransform: 'none' }}
    >
      {t(`zone.caseStatus.${c.status}`)}
    </Badge>
  );
  const resident = (c: ComplianceCase) => (
    <Anchor component={Link} to={`/zone/residents/${c.residentId}`} fw={600}>
      {c.organizationName}
    </Anchor>
  );

  const change = (c: ComplianceCase) =>
    // The server lists the statuses the case may move to; a closed case may have none.
    c.allowedStatuses.length > 0 ? (
      <Button size="compact-sm" variant="default" onClick={() => open(c)} style={{ alignSelf: 'flex-start' }}>
        {t('zone.compliance.change')}
      </Button>
    ) : null;

  return (
    <>
      <ListPage
        title={t('zone.nav.compliance')}
        description={t('zone.compliance.intro')}
        filters={
          <Group align="flex-end" gap="md">
            <Select
              label={t('zone.compliance.flag')}
              data={[
                { value: '', label: t('zone.compliance.anyFlag') },
                ...COMPLIANCE_FLAGS.map((f) => ({ value: f, label: `${f} · ${t(`zone.flags.${f}`)}` })),
              ]}
              value={values.flag}
              onChange={(v) => update({ flag: v ?? '' })}
              allowDeselect={false}
              w={{ base: '100%', sm: 340 }}
            />
            <Select
              label={t('zone.compliance.status')}
              data={[
                { value: '', label: t('zone.compliance.anyStatus') },
                ...CASE_STATUSES.map((s) => ({ value: s, label: t(`zone.caseStatus.${s}`) })),
              ]}
              value={values.status}
              onChange={(v) => update({ status: v ?? '' })}
              allowDeselect={false}
              w={{ base: '100%', sm: 220 }}
            />
          </Group>
        }
        state={filters}
        query={list}
        pageSize={CASES_PAGE_SIZE}
        count={(count, formatted) => t('zone.compliance.found', { count, formatted })}
        empty={{ title: t('zone.compliance.emptyTitle'), text: t('zone.compliance.emptyText') }}
        emptyFiltered={{
          title: t('zone.compliance.emptyTitle'),
          text: t('zone.compliance.emptyFilteredText'),
        }}
        caption={t('zone.compliance.caption')}
        rowKey={(c) => c.id}
        columns={[
          {
            key: 'resident',
            header: t('zone.compliance.resident'),
            cell: (c) => (
              <Stack gap={0}>
                {resident(c)}
                <Text size="xs" c="dimmed">
                  {c.registerNumber} · {c.subjectKey}
                </Text>
              </Stack>
            ),
          },
          { key: 'flag', header: t('zone.compliance.flag'), maw: 260, cell: flag },
          { key: 'severity', header: t('zone.compliance.severityColumn'), cell: severity },
          { key: 'status', header: t('zone.compliance.status'), cell: status },
          {
            key: 'opened',
            header: t('zone.compliance.opened'),
            nowrap: true,
            cell: (c) => formatDate(c.createdAt, undefined, TOMSK),
          },
          { key: 'actions', header: <VisuallyHidden>{t('zone.docs.actions')}</VisuallyHidden>, cell: change },
        ]}
        card={(c) => (
          <Stack gap={6}>
            {resident(c)}
            {flag(c)}
            <Group gap={4}>
              {severity(c)}
              {status(c)}
            </Group>
            <Text size="xs" c="dimmed">
              {t('zone.compliance.openedOn', { date: formatDate(c.createdAt, undefined, TOMSK) })} ·{' '}
              {c.subjectKey}
            </Text>
            {change(c)}
          </Stack>
        )}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('zone.compliance.changeTitle')}
      >
        {editing && (
          <Stack gap="md">
            <Text size="sm">
              {editing.organizationName} — {editing.flag} · {t(`zone.flags.${editing.flag}`)}
            </Text>
            <Select
              label={t('zone.compliance.newStatus')}
              withAsterisk
              data={editing.allowedStatuses.map((s) => ({
                value: s,
                label: t(`zone.caseStatus.${s}`),
              }))}
              value={next}
              onChange={(v) => setNext(v as CaseStatus | null)}
            />
            <Textarea
              label={t('zone.actions.comment')}
              withAsterisk
              description={t('zone.compliance.commentHelp')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              autosize
              minRows={3}
            />
            {setStatus.isError && (
              <Text c="red.8" size="sm" role="alert">
                {zoneProblem(t, setStatus.error)}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                disabled={!next || !comment.trim()}
                loading={setStatus.isPending}
                onClick={() =>
                  next &&
                  setStatus.mutate(
                    { caseId: editing.id, status: next, comment: comment.trim() },
                    {
                      onSuccess: () => {
                        setEditing(null);
                        notifications.show({ color: 'teal', message: t('zone.compliance.changed') });
                      },
                    },
                  )
                }
              >
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
