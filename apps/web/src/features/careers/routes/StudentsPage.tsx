import { STUDENT_STATUSES } from '@inohub/contracts/talent/enums';
import type { ProfileSummary } from '@inohub/contracts/talent/profiles';
import type { Wire } from '@inohub/contracts/wire';
import { Alert, Anchor, Badge, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/ListPage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { TextFilters } from '../../../components/TextFilters.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { useSkills } from '../api/useSkills.ts';
import { STUDENTS_PAGE_SIZE, useSendSurvey, useStudents } from '../api/useStudents.ts';
import { careersProblem, pick } from '../components/names.ts';
import { UniversityPicker, useUniversityChoice } from '../components/UniversityPicker.tsx';

type Student = Wire<typeof ProfileSummary>;

const FILTER_KEYS = ['q', 'graduationYear', 'status', 'skill'] as const;

const VISIBILITY_COLOR = { public: 'teal', recruiters: 'blue', hidden: 'gray' } as const;

/** Sends this year's outcome survey to the university's graduates, after a confirmation. */
function SendSurvey({ universityId, universityName }: { universityId: string; universityName: string }) {
  const { t } = useTranslation('careers');
  const [open, setOpen] = useState(false);
  const send = useSendSurvey();
  const year = new Date().getFullYear();
  return (
    <>
      <Button
        leftSection={<IconMailForward size={16} aria-hidden />}
        onClick={() => {
          send.reset();
          setOpen(true);
        }}
      >
        {t('careers.students.sendSurvey', { year })}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('careers.students.surveyTitle', { year })}>
        {send.isSuccess ? (
          <Stack gap="md">
            <Alert color="teal" role="status" title={t('careers.students.surveySentTitle')}>
              {t('careers.students.surveySent', {
                count: send.data.invited,
                formatted: formatNumber(send.data.invited),
              })}{' '}
              {send.data.alreadyInvited > 0 &&
                t('careers.students.surveyAlready', {
                  count: send.data.alreadyInvited,
                  formatted: formatNumber(send.data.alreadyInvited),
                })}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={() => setOpen(false)}>{t('careers.close')}</Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            <Text size="sm">{t('careers.students.surveyConfirm', { year, university: universityName })}</Text>
            {send.isError && (
              <Alert color="red" role="alert">
                {careersProblem(t, send.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('careers.cancel')}
              </Button>
              <Button
                loading={send.isPending}
                onClick={() => send.mutate({ universityId, surveyYear: year })}
              >
                {t('careers.students.surveySend')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

/** Career office: the university's students and graduates, whatever their visibility. */
export function StudentsPage() {
  const { t, i18n } = useTranslation('careers');
  const lang = i18n.language;
  const choice = useUniversityChoice();
  const { office, universityId, university } = choice;
  const filters = useUrlFilters(FILTER_KEYS);
  const { values, update } = filters;
  const list = useStudents(universityId, values, filters.page);
  const skills = useSkills();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 21 }, (_, i) => String(thisYear + 5 - i));
  const title = t('careers.students.title');

  if (office.isPending || office.isError || !universityId || !university) {
    return (
      <>
        <PageHeader title={title} crumbs={[]} description={t('careers.students.intro')} />
        {office.isPending ? (
          <LoadingState rows={8} />
        ) : office.isError ? (
          <ErrorState error={office.error} onRetry={() => void office.refetch()} />
        ) : (
          <EmptyState title={t('careers.noUniversityTitle')} text={t('careers.noUniversityText')} />
        )}
      </>
    );
  }
  const universityName = pick(lang, university.name, university.nameEn);
  const name = (s: Student) => (
    <Anchor component={Link} to={`/talent/profiles/${s.id}`} fw={600}>
      {s.fullName}
    </Anchor>
  );
  const study = (s: Student) =>
    [s.program, s.degree ? t(`careers.degree.${s.degree}`) : null].filter(Boolean).join(' · ') || '—';
  const statusBadge = (s: Student) => (
    <Badge variant="light" color="gray" c="var(--mantine-color-text)" style={{ textTransform: 'none' }}>
      {t(`careers.studentStatus.${s.status}`)}
    </Badge>
  );
  const visibility = (s: Student) => (
    <Badge
      variant="outline"
      color={VISIBILITY_COLOR[s.visibility]}
      c="var(--mantine-color-text)"
      style={{ textTransform: 'none' }}
    >
      {t(`careers.visibility.${s.visibility}`)}
    </Badge>
  );
  const skillList = (s: Student) =>
    s.skills.length
      ? s.skills
          .slice(0, 4)
          .map((k) => pick(lang, k.nameRu, k.nameEn))
          .join(', ') + (s.skills.length > 4 ? ` +${s.skills.length - 4}` : '')
      : '—';

  return (
    <ListPage
      title={title}
      crumbs={[]}
      description={t('careers.students.introFor', { university: universityName })}
      actions={<SendSurvey universityId={universityId} universityName={universityName} />}
      filters={
        <Stack gap="sm">
          <UniversityPicker choice={choice} />
          <TextFilters
            label={t('careers.students.filters')}
            fields={[{ key: 'q', label: t('careers.students.search'), search: true }]}
            values={values}
            onApply={update}
          >
            <Select
              label={t('careers.students.graduationYear')}
              data={[{ value: '', label: t('careers.students.anyYear') }, ...years]}
              value={values.graduationYear}
              onChange={(v) => update({ graduationYear: v ?? '' })}
              allowDeselect={false}
              w={{ base: '100%', sm: 160 }}
            />
            <Select
              label={t('careers.students.status')}
              data={[
                { value: '', label: t('careers.students.anyStatus') },
                ...STUDENT_STATUSES.map((s) => ({ value: s, label: t(`careers.studentStatus.${s}`) })),
              ]}
              value={values.status}
              onChange={(v) => update({ status: v ?? '' })}
              allowDeselect={false}
              w={{ base: '100%', sm: 180 }}
            />
            <Select
              label={t('careers.students.skill')}
              placeholder={t('careers.students.anySkill')}
              data={(skills.data ?? []).map((s) => ({
                value: s.code,
                label: pick(lang, s.nameRu, s.nameEn),
              }))}
              value={values.skill || null}
              onChange={(v) => update({ skill: v ?? '' })}
              searchable
              clearable
              nothingFoundMessage={t('careers.students.noSkill')}
              w={{ base: '100%', sm: 220 }}
            />
          </TextFilters>
        </Stack>
      }
      state={filters}
      query={list}
      pageSize={STUDENTS_PAGE_SIZE}
      count={(count, formatted) => t('careers.students.found', { count, formatted })}
      empty={{ title: t('careers.students.emptyTitle'), text: t('careers.students.emptyText') }}
      emptyFiltered={{
        title: t('careers.students.emptyTitle'),
        text: t('careers.students.emptyFilteredText'),
      }}
      caption={t('careers.students.caption', { university: universityName })}
      rowKey={(s) => s.id}
      columns={[
        { key: 'name', header: t('careers.students.name'), cell: name },
        { key: 'study', header: t('careers.students.program'), maw: 280, cell: study },
        {
          key: 'year',
          header: t('careers.students.graduationYear'),
          numeric: true,
          cell: (s) => s.graduationYear ?? '—',
        },
        { key: 'status', header: t('careers.students.status'), cell: statusBadge },
        { key: 'skills', header: t('careers.students.skills'), maw: 260, cell: skillList },
        { key: 'visibility', header: t('careers.students.visibility'), cell: visibility },
      ]}
      card={(s) => (
        <Stack gap={6}>
          {name(s)}
          <Text size="sm">{study(s)}</Text>
          <Group gap={4}>
            {statusBadge(s)}
            {visibility(s)}
          </Group>
          <Text size="xs" c="dimmed">
            {s.graduationYear
              ? t('careers.students.graduates', { year: s.graduationYear })
              : t('careers.students.noYear')}{' '}
            · {skillList(s)}
          </Text>
        </Stack>
      )}
    />
  );
}
