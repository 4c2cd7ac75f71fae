import type { Wire } from '@inohub/contracts/wire';
import { ReportFields, type ReportView } from '@inohub/contracts/zone/reporting';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { ApiError } from '../../../lib/api.ts';
import { formatDate, toKopecks, toRoubles } from '../../../lib/format.ts';
import { hasRole, useMe } from '../../../lib/session.ts';
import { useAutosave } from '../api/useAutosave.ts';
import { useReport } from '../api/useReport.ts';
import { useReviewReport } from '../api/useReviewReport.ts';
import { type ReportPatch, useSaveReport } from '../api/useSaveReport.ts';
import { useSubmitReport } from '../api/useSubmitReport.ts';
import { SaveStatus } from '../components/application-steps/SaveStatus.tsx';
import { OverdueBadge, ReportStatusBadge } from '../components/Badges.tsx';
import { zoneProblem } from '../components/names.ts';
import { reportTitle } from '../components/ReportTable.tsx';

type Report = Wire<typeof ReportView>;
/** The figures of the form: every field of the report that is a number. */
type ReportNumberField = Exclude<
  keyof typeof ReportFields,
  'propertyAssets' | 'landPlots' | 'vehicles' | 'comment'
>;

const GROUPS: Array<{ key: string; fields: ReportNumberField[]; annualOnly?: boolean }> = [
  { key: 'people', fields: ['headcount', 'newJobs', 'avgMonthlyWageKopecks'] },
  { key: 'revenue', fields: ['revenueKopecks', 'tvtRevenueKopecks', 'exportsKopecks'] },
  { key: 'investment', fields: ['investmentKopecks', 'capexKopecks', 'rndKopecks'] },
  { key: 'taxes', fields: ['taxesPaidKopecks', 'benefitsUsedKopecks'] },
  {
    key: 'annual',
    fields: ['sezProfitBaseKopecks', 'payrollUnderCapKopecks', 'payrollAboveCapKopecks'],
    annualOnly: true,
  },
];
/** A field may be negative (a loss, jobs cut) where the server's own schema accepts it. */
const allowsNegative = (f: ReportNumberField) => ReportFields[f].safeParse(-1).success;
const isMoney = (f: ReportNumberField) => f.endsWith('Kopecks');

type Values = Record<ReportNumberField, number | string> & { comment: string };

function fromReport(r: Report): Values {
  const v = { comment: r.comment ?? '' } as Values;
  for (const g of GROUPS)
    for (const f of g.fields) {
      const n = r[f];
      v[f] = n === null ? '' : isMoney(f) ? toRoubles(n) : n;
    }
  return v;
}

function toPatch(v: Values, kind: Report['kind']): ReportPatch {
  const p: ReportPatch = { comment: v.comment.trim() || null };
  for (const g of GROUPS) {
    if (g.annualOnly && kind !== 'annual') continue;
    for (const f of g.fields) {
      const raw = v[f];
      p[f] =
        raw === '' || Number.isNaN(Number(raw))
          ? null
          : isMoney(f)
            ? toKopecks(Number(raw))
            : Math.round(Number(raw));
    }
  }
  return p;
}

/** The resident report form: saves as a draft while typed, then submitted to the zone management company. */
export function ReportFormPage() {
  const { reportId = '' } = useParams();
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  const me = useMe().data;
  const report = useReport(reportId);
  const save = useSaveReport(reportId);
  const submit = useSubmitReport(reportId);
  const review = useReviewReport(reportId);
  const [returnComment, setReturnComment] = useState('');
  // Optimistic concurrency: each save sends the version the last one returned.
  const version = useRef<number | undefined>(undefined);
  const kind = report.data?.kind;
  const autosave = useAutosave(async (v: Values) => {
    if (!kind) return;
    const saved = await save.mutateAsync({ ...toPatch(v, kind), version: version.current });
    version.current = saved.version;
  });
  const { values, start, change, flush } = autosave;

  useEffect(() => {
    if (report.data && !values) {
      version.current = report.data.version;
      start(fromReport(report.data));
    }
  }, [report.data, values, start]);

  const crumbs = [{ label: t('zone.nav.reports'), to: '/zone/reports' }];
  if (report.isPending || (report.data && !values))
    return (
      <>
        <PageHeader title={t('zone.reports.formTitle')} crumbs={crumbs} />
        <LoadingState rows={10} />
      </>
    );
  if (report.isError) {
    const missing = report.error instanceof ApiError && [400, 403, 404].includes(report.error.status);
    return (
      <>
        <PageHeader title={t('zone.reports.formTitle')} crumbs={crumbs} />
        {missing ? (
          <EmptyState title={t('zone.reports.notFoundTitle')} text={t('zone.reports.notFoundText')} />
        ) : (
          <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        )}
      </>
    );
  }
  const r = report.data;
  if (!values) return null;
  const admin = hasRole(me, 'zone_admin');
  // The server says whether the report's state lets it change (`editable`); administrators review, not fill in.
  const editable = r.editable && !admin;
  const error = submit.error ?? save.error;
  const errors = fieldErrorsOf(t, error);
  const labels = Object.fromEntries(
    [...GROUPS.flatMap((g) => g.fields), 'comment'].map((f) => [f, t(`zone.reportForm.fields.${f}`)]),
  );
  const sep = lang === 'en' ? ',' : ' ';
  const dec = lang === 'en' ? '.' : ',';

  return (
    <>
      <PageHeader
        title={reportTitle(t, r)}
        crumbs={crumbs}
        description={
          <Group gap="sm" component="span">
            <ReportStatusBadge status={r.status} />
            {r.overdue && <OverdueBadge dueOn={r.dueOn} />}
            <Text span size="sm" c="dimmed">
              {t('zone.reportForm.periodLine', {
                from: formatDate(r.periodStart),
                to: formatDate(r.periodEnd),
                due: formatDate(r.dueOn),
              })}
            </Text>
          </Group>
        }
      />
      <Stack gap="lg" maw={960}>
        {r.status === 'returned' && r.reviewComment && (
          <Alert color="red" title={t('zone.reportForm.returned')}>
            «{r.reviewComment}»
          </Alert>
        )}
        {editable && <SaveStatus state={autosave.state} onRetry={() => void autosave.retry()} />}
        <FormErrorSummary error={error} labels={labels} />
        {GROUPS.filter((g) => !g.annualOnly || r.kind === 'annual').map((g) => (
          <Fieldset key={g.key} legend={t(`zone.reportForm.groups.${g.key}`)} disabled={!editable}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              {g.fields.map((f) => (
                <NumberInput
                  key={f}
                  id={fieldId(f)}
                  label={labels[f]}
                  description={t(`zone.reportForm.help.${f}`, {
                    defaultValue: isMoney(f) ? t('zone.reportForm.rub') : t('zone.reportForm.people'),
                  })}
                  withAsterisk
                  value={values[f]}
                  onChange={(v) => change({ [f]: v })}
                  allowNegative={allowsNegative(f)}
                  allowDecimal={isMoney(f)}
                  decimalScale={2}
                  thousandSeparator={sep}
                  decimalSeparator={dec}
                  error={errors[f]}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        ))}
        <Textarea
          id={fieldId('comment')}
          label={labels.comment}
          autosize
          minRows={3}
          disabled={!editable}
          value={values.comment}
          onChange={(e) => change({ comment: e.currentTarget.value })}
          error={errors.comment}
        />
        {editable && (
          <Group>
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              loading={submit.isPending}
              onClick={async () => {
                if (!(await flush())) return;
                submit.mutate(undefined, {
                  onSuccess: () =>
                    notifications.show({ color: 'teal', message: t('zone.reportForm.submitted') }),
                });
              }}
            >
              {t('zone.reportForm.submit')}
            </Button>
          </Group>
        )}
        {admin && r.status === 'submitted' && (
          <Fieldset legend={t('zone.reportForm.reviewTitle')}>
            <Stack gap="sm">
              <Textarea
                label={t('zone.reportForm.reviewComment')}
                description={t('zone.reportForm.reviewCommentHelp')}
                value={returnComment}
                onChange={(e) => setReturnComment(e.currentTarget.value)}
                autosize
                minRows={2}
              />
              {review.isError && (
                <Text c="red.8" size="sm" role="alert">
                  {zoneProblem(t, review.error)}
                </Text>
              )}
              <Group>
                <Button
                  loading={review.isPending}
                  onClick={() => review.mutate({ decision: 'accept', comment: returnComment.trim() || null })}
                >
                  {t('zone.reportForm.accept')}
                </Button>
                <Button
                  variant="outline"
                  color="red"
                  disabled={!returnComment.trim()}
                  loading={review.isPending}
                  onClick={() => review.mutate({ decision: 'return', comment: returnComment.trim() })}
                >
                  {t('zone.reportForm.return')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        )}
      </Stack>
    </>
  );
}
