import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../../components/ListPagination.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { CASE_STATUSES, type CaseStatus, COMPLIANCE_FLAGS, type ComplianceCase } from '../api/types.ts';
import { CASES_PAGE_SIZE, useComplianceCases } from '../api/useComplianceCases.ts';
import { useSetCaseStatus } from '../api/useSetCaseStatus.ts';
import { zoneProblem } from '../components/names.ts';

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
  const { t } = useTranslation();
  const { values, page, update } = useUrlFilters(FILTER_KEYS);
  const list = useComplianceCases(values, page);
  const setStatus = useSetCaseStatus();
  const [editing, setEditing] = useState<ComplianceCase | null>(null);
  const [next, setNext] = useState<CaseStatus | null>(null);
  const [comment, setComment] = useState('');
  const filtered = FILTER_KEYS.some((k) => values[k] !== '');
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

  return (
    <>
      <PageHeader title={t('zone.nav.compliance')} crumbs={[]} description={t('zone.compliance.intro')} />
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
      <Group justify="space-between" mt="lg" mb="sm" mih={28}>
        <Text fw={500} aria-live="polite">
          {list.data &&
            t('zone.compliance.found', { count: list.data.total, formatted: formatNumber(list.data.total) })}
        </Text>
        {filtered && (
          <Button variant="subtle" size="compact-sm" component={Link} to="/zone/compliance">
            {t('zone.filters.reset')}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <LoadingState rows={8} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          title={t('zone.compliance.emptyTitle')}
          text={filtered ? t('zone.compliance.emptyFilteredText') : t('zone.compliance.emptyText')}
        />
      ) : (
        <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          <Box visibleFrom="md">
            <Table striped verticalSpacing="sm" aria-label={t('zone.compliance.caption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('zone.compliance.resident')}</Table.Th>
                  <Table.Th scope="col">{t('zone.compliance.flag')}</Table.Th>
                  <Table.Th scope="col">{t('zone.compliance.severityColumn')}</Table.Th>
                  <Table.Th scope="col">{t('zone.compliance.status')}</Table.Th>
                  <Table.Th scope="col">{t('zone.compliance.opened')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('zone.docs.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Stack gap={0}>
                        {resident(c)}
                        <Text size="xs" c="dimmed">
                          {c.registerNumber} · {c.subjectKey}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td maw={260}>{flag(c)}</Table.Td>
                    <Table.Td>{severity(c)}</Table.Td>
                    <Table.Td>{status(c)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(c.createdAt, undefined, 'Asia/Tomsk')}
                    </Table.Td>
                    <Table.Td>
                      <Button size="compact-sm" variant="default" onClick={() => open(c)}>
                        {t('zone.compliance.change')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          <SimpleGrid hiddenFrom="md" cols={{ base: 1, sm: 2 }} spacing="sm">
            {list.data.items.map((c) => (
              <Card key={c.id} withBorder padding="md" component="article">
                <Stack gap={6}>
                  {resident(c)}
                  {flag(c)}
                  <Group gap={4}>
                    {severity(c)}
                    {status(c)}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('zone.compliance.openedOn', {
                      date: formatDate(c.createdAt, undefined, 'Asia/Tomsk'),
                    })}{' '}
                    · {c.subjectKey}
                  </Text>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => open(c)}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('zone.compliance.change')}
                  </Button>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          <ListPagination
            page={page}
            pageSize={CASES_PAGE_SIZE}
            total={list.data.total}
            onChange={(p) => update({ page: p })}
          />
        </div>
      )}
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
              data={CASE_STATUSES.filter((s) => s !== editing.status).map((s) => ({
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
