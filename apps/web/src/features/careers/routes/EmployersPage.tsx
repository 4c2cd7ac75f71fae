import type { EmployerView } from '@inohub/contracts/talent/employers';
import { EMPLOYER_STATUSES, type EmployerStatus } from '@inohub/contracts/talent/enums';
import type { Wire } from '@inohub/contracts/wire';
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListBody } from '../../../components/ListPage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { formatDate, formatNumber, TOMSK } from '../../../lib/format.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { EMPLOYERS_PAGE_SIZE, useEmployerDecision, useEmployers } from '../api/useEmployers.ts';
import { careersProblem, pick } from '../components/names.ts';

type Employer = Wire<typeof EmployerView>;
type Decision = 'approved' | 'rejected' | 'suspended';

/** What may be decided from each standing (docs/domain/talent.md, "Employers"). */
const DECISIONS: Record<EmployerStatus, Decision[]> = {
  pending: ['approved', 'rejected'],
  approved: ['suspended'],
  rejected: ['approved'],
  suspended: ['approved'],
};

const STATUS_COLOR: Record<EmployerStatus, string> = {
  pending: 'yellow',
  approved: 'teal',
  rejected: 'red',
  suspended: 'orange',
};

/** A website as a link people can follow; the stored value may lack its scheme. */
const hrefOf = (site: string) => (/^https?:\/\//i.test(site) ? site : `https://${site}`);

function DecisionDialog({
  target,
  onClose,
}: {
  target: { employer: Employer; decision: Decision } | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('careers');
  const [note, setNote] = useState('');
  const decide = useEmployerDecision();
  const needsNote = target?.decision !== 'approved';
  const close = () => {
    setNote('');
    decide.reset();
    onClose();
  };
  const name = target ? pick(i18n.language, target.employer.name, target.employer.nameEn) : '';
  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={target ? t(`careers.employers.confirm.${target.decision}.title`, { name }) : ''}
    >
      {target && (
        <Stack gap="md">
          <Text size="sm">
            {t(`careers.employers.confirm.${target.decision}.text`, {
              postings: formatNumber(target.employer.openPostings),
            })}
          </Text>
          <Textarea
            id="field-note"
            label={t('careers.employers.note')}
            description={needsNote ? t('careers.employers.noteHelp') : t('careers.employers.noteOptional')}
            withAsterisk={needsNote}
            required={needsNote}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={1000}
          />
          {decide.isError && (
            <Alert color="red" role="alert">
              {careersProblem(t, decide.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('careers.cancel')}
            </Button>
            <Button
              color={target.decision === 'approved' ? undefined : 'red'}
              disabled={needsNote && !note.trim()}
              loading={decide.isPending}
              onClick={() =>
                decide.mutate(
                  {
                    organizationId: target.employer.organizationId,
                    decision: target.decision,
                    note: note.trim() || undefined,
                  },
                  {
                    onSuccess: () => {
                      notifications.show({
                        color: 'teal',
                        message: t(`careers.employers.done.${target.decision}`, { name }),
                      });
                      close();
                    },
                  },
                )
              }
            >
              {t(`careers.employers.action.${target.decision}`)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Career office and administrators: employers asking for approval before their postings go public. */
export function EmployersPage() {
  const { t, i18n } = useTranslation('careers');
  const lang = i18n.language;
  const filters = useUrlFilters(['status'] as const);
  const status = (EMPLOYER_STATUSES as readonly string[]).includes(filters.values.status)
    ? (filters.values.status as EmployerStatus)
    : 'pending';
  const list = useEmployers(status, filters.page);
  const [target, setTarget] = useState<{ employer: Employer; decision: Decision } | null>(null);

  const name = (e: Employer) => (
    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
      {pick(lang, e.name, e.nameEn)}
    </Text>
  );
  const badge = (e: Employer) => (
    <Badge
      variant="light"
      color={STATUS_COLOR[e.status]}
      c="var(--mantine-color-text)"
      style={{ textTransform: 'none' }}
    >
      {t(`careers.employerStatus.${e.status}`)}
    </Badge>
  );
  const website = (e: Employer) =>
    e.website ? (
      <Anchor
        href={hrefOf(e.website)}
        target="_blank"
        rel="noopener noreferrer"
        style={{ overflowWrap: 'anywhere' }}
      >
        {e.website.replace(/^https?:\/\//i, '')}
      </Anchor>
    ) : (
      '—'
    );
  const decided = (e: Employer) =>
    e.decidedAt ? (
      <Stack gap={0}>
        <Text size="sm">
          {t('careers.employers.decidedOn', { date: formatDate(e.decidedAt, lang, TOMSK) })}
        </Text>
        {e.decisionNote && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {e.decisionNote}
          </Text>
        )}
      </Stack>
    ) : (
      <Text size="sm">
        {t('careers.employers.requestedOn', { date: formatDate(e.requestedAt, lang, TOMSK) })}
      </Text>
    );
  const actions = (e: Employer) => (
    <Group gap="xs" wrap="wrap">
      {DECISIONS[e.status].map((d) => (
        <Button
          key={d}
          size="compact-sm"
          variant={d === 'approved' ? 'filled' : 'default'}
          onClick={() => setTarget({ employer: e, decision: d })}
          aria-label={`${t(`careers.employers.action.${d}`)}: ${pick(lang, e.name, e.nameEn)}`}
        >
          {t(`careers.employers.action.${d}`)}
        </Button>
      ))}
    </Group>
  );

  return (
    <>
      <PageHeader
        title={t('careers.employers.title')}
        crumbs={[]}
        description={t('careers.employers.intro')}
      />
      <Tabs value={status} onChange={(v) => filters.update({ status: v === 'pending' ? '' : (v ?? '') })}>
        <Tabs.List aria-label={t('careers.employers.tabs')} style={{ flexWrap: 'wrap' }}>
          {EMPLOYER_STATUSES.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`careers.employers.tab.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {EMPLOYER_STATUSES.map((s) => (
          <Tabs.Panel key={s} value={s}>
            {s === status && (
              <ListBody<Employer>
                state={{ ...filters, filtered: false }}
                query={list}
                pageSize={EMPLOYERS_PAGE_SIZE}
                count={(count, formatted) => t('careers.employers.found', { count, formatted })}
                empty={{
                  title: t(`careers.employers.empty.${status}.title`),
                  text: t(`careers.employers.empty.${status}.text`),
                }}
                caption={t(`careers.employers.tab.${status}`)}
                rowKey={(e) => e.organizationId}
                columns={[
                  {
                    key: 'name',
                    header: t('careers.employers.name'),
                    maw: 280,
                    cell: (e) => (
                      <Stack gap={2}>
                        {name(e)}
                        <Text size="xs" c="dimmed">
                          {t('careers.employers.innValue', { inn: e.inn ?? '—' })}
                        </Text>
                      </Stack>
                    ),
                  },
                  { key: 'city', header: t('careers.employers.city'), cell: (e) => e.city || '—' },
                  { key: 'website', header: t('careers.employers.website'), maw: 220, cell: website },
                  {
                    key: 'postings',
                    header: t('careers.employers.postings'),
                    numeric: true,
                    cell: (e) => formatNumber(e.openPostings),
                  },
                  { key: 'status', header: t('careers.employers.status'), cell: badge },
                  { key: 'decided', header: t('careers.employers.when'), maw: 240, cell: decided },
                  { key: 'actions', header: t('careers.employers.actions'), cell: actions },
                ]}
                card={(e) => (
                  <Stack gap={6}>
                    {name(e)}
                    <Group gap={6}>{badge(e)}</Group>
                    <Text size="sm">
                      {t('careers.employers.innValue', { inn: e.inn ?? '—' })} · {e.city || '—'}
                    </Text>
                    <Text size="sm">{website(e)}</Text>
                    <Text size="sm">
                      {t('careers.employers.postingsCount', {
                        count: e.openPostings,
                        formatted: formatNumber(e.openPostings),
                      })}
                    </Text>
                    {decided(e)}
                    {actions(e)}
                  </Stack>
                )}
              />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
      <DecisionDialog target={target} onClose={() => setTarget(null)} />
    </>
  );
}
