import type { Wire } from '@inohub/contracts/wire';
import type { RuleResultView } from '@inohub/contracts/zone/eligibility';
import { Button, Group, Paper, Progress, Stepper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormErrorSummary, fieldErrorsOf } from '../../../components/form-errors.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { useActivities } from '../api/useActivities.ts';
import { useApplication } from '../api/useApplication.ts';
import { eligibilityOf, isEligibilityFailure, useApplicationAction } from '../api/useApplicationAction.ts';
import { useAutosave } from '../api/useAutosave.ts';
import { useEligibilityCheck } from '../api/useEligibilityCheck.ts';
import { focusAreasOf, useEligibilityRules } from '../api/useEligibilityRules.ts';
import { useSaveDraft } from '../api/useSaveDraft.ts';
import { useVacancies } from '../api/useVacancies.ts';
import { ActivityStep } from '../components/application-steps/ActivityStep.tsx';
import { CheckStep } from '../components/application-steps/CheckStep.tsx';
import {
  type ApplicationValues,
  fromApplication,
  STEPS,
  toPatch,
} from '../components/application-steps/form.ts';
import { PlanStep } from '../components/application-steps/PlanStep.tsx';
import { SaveStatus } from '../components/application-steps/SaveStatus.tsx';
import { SpaceStep } from '../components/application-steps/SpaceStep.tsx';
import { UtilitiesStep } from '../components/application-steps/UtilitiesStep.tsx';
import { DocumentsEditor } from '../components/DocumentsEditor.tsx';

const ALL_VACANCIES = { siteId: '', kind: '', minArea: '', maxArea: '', from: '', to: '' };

/** The residency application as a six-step form that saves itself as the person types. */
export function ApplicationEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('zone');
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const app = useApplication(id);
  const activities = useActivities(app.data?.zoneId);
  const rules = useEligibilityRules(app.data?.zoneId);
  const vacancies = useVacancies(ALL_VACANCIES, 1, 100);
  const save = useSaveDraft(id);
  const check = useEligibilityCheck(id);
  const action = useApplicationAction(id);
  const autosave = useAutosave((v: ApplicationValues) => save.mutateAsync(toPatch(v)));
  const { values, start, change, flush } = autosave;
  const [step, setStep] = useState(0);
  const [results, setResults] = useState<Wire<typeof RuleResultView>[] | null>(null);

  useEffect(() => {
    if (app.data && !values) {
      start(fromApplication(app.data));
      if (app.data.eligibility) setResults(app.data.eligibility);
    }
  }, [app.data, values, start]);

  const goTo = (s: number) => {
    void flush();
    setStep(s);
    window.scrollTo({ top: 0 });
  };

  const runCheck = async () => {
    if (!(await flush())) return;
    check.mutate(undefined, { onSuccess: (r) => setResults(r.results) });
  };

  const submit = async () => {
    if (!(await flush())) return;
    action.mutate(
      { action: 'submit' },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            title: t('zone.apply.submittedTitle'),
            message: t('zone.apply.submittedText'),
          });
          navigate(`/zone/applications/${id}`);
        },
        onError: (e) => {
          if (!isEligibilityFailure(e)) return;
          // The refusal carries the check's verdicts; ask again only if it does not.
          const carried = eligibilityOf(e);
          if (carried) setResults(carried);
          else check.mutate(undefined, { onSuccess: (r) => setResults(r.results) });
        },
      },
    );
  };

  const crumbs = [
    { label: t('zone.nav.myApplications'), to: '/zone/applications' },
    { label: t('zone.application.short'), to: `/zone/applications/${id}` },
  ];
  if (app.isPending || (app.data && !values))
    return (
      <>
        <PageHeader title={t('zone.apply.title')} crumbs={crumbs} />
        <LoadingState rows={8} />
      </>
    );
  if (app.isError)
    return (
      <>
        <PageHeader title={t('zone.apply.title')} crumbs={crumbs} />
        <ErrorState error={app.error} onRetry={() => void app.refetch()} />
      </>
    );
  const a = app.data;
  if (!values) return null;
  // The server says whether this person may edit the application now (an applicant's member, an editable state).
  if (!a.editable)
    return (
      <>
        <PageHeader title={t('zone.apply.title')} crumbs={crumbs} />
        <EmptyState
          title={t('zone.apply.lockedTitle')}
          text={t('zone.apply.lockedText')}
          action={
            <Button component={Link} to={`/zone/applications/${id}`}>
              {t('zone.apply.openApplication')}
            </Button>
          }
        />
      </>
    );

  const saveError = autosave.state.kind === 'error' ? autosave.state.error : null;
  const errors = saveError ? fieldErrorsOf(t, saveError) : {};
  const labels: Record<string, string> = {
    activityDescription: t('zone.apply.fields.activityDescription'),
    declaredActivities: t('zone.apply.fields.declaredActivities'),
    focusArea: t('zone.apply.fields.focusArea'),
    requestedAreaM2: t('zone.apply.fields.requestedAreaM2'),
    requestedLandHa: t('zone.apply.fields.requestedLandHa'),
    'utilities.powerKw': t('zone.apply.fields.powerKw'),
    'utilities.waterM3PerDay': t('zone.apply.fields.waterM3PerDay'),
    'utilities.gasM3PerHour': t('zone.apply.fields.gasM3PerHour'),
    investmentPlan: t('zone.apply.steps.plan'),
  };
  const stepProps = { values, change, errors };
  const resubmission = a.state === 'revision_requested';

  const stepBody = [
    <ActivityStep
      key="activity"
      {...stepProps}
      activities={activities.data ?? []}
      focusAreas={rules.data ? focusAreasOf(rules.data) : []}
    />,
    <SpaceStep key="space" {...stepProps} vacancies={vacancies.data?.items ?? []} />,
    <PlanStep key="plan" {...stepProps} />,
    <UtilitiesStep key="utilities" {...stepProps} />,
    <DocumentsEditor key="documents" application={a} editable />,
    <CheckStep
      key="check"
      values={values}
      change={change}
      organizationId={a.organizationId}
      resubmission={resubmission}
      results={results}
      onFix={goTo}
      check={{
        run: () => void runCheck(),
        pending: check.isPending,
        error: check.isError ? check.error : null,
      }}
      submit={{
        run: () => void submit(),
        pending: action.isPending,
        error: action.isError ? action.error : null,
        blocked: isEligibilityFailure(action.error),
      }}
    />,
  ];
  const progress = t('zone.apply.progress', {
    step: step + 1,
    total: STEPS.length,
    name: t(`zone.apply.steps.${STEPS[step]}`),
  });

  return (
    <>
      <PageHeader
        title={t('zone.apply.titleFor', { name: a.organizationName })}
        crumbs={crumbs}
        description={resubmission ? t('zone.apply.revisionHint') : t('zone.apply.intro')}
      />
      <Paper withBorder p="sm" mb="lg" pos="sticky" top={68} style={{ zIndex: 5 }}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {progress}
          </Text>
          <SaveStatus state={autosave.state} onRetry={() => void autosave.retry()} />
        </Group>
      </Paper>
      {phone ? (
        <Progress value={((step + 1) / STEPS.length) * 100} mb="lg" aria-label={progress} />
      ) : (
        <Stepper active={step} onStepClick={goTo} allowNextStepsSelect size="xs" mb="xl">
          {STEPS.map((s, i) => (
            // Visited is not the same as complete: the step keeps its number, the check panel says what is missing.
            <Stepper.Step key={s} label={t(`zone.apply.steps.${s}`)} completedIcon={i + 1} />
          ))}
        </Stepper>
      )}
      <FormErrorSummary error={saveError} labels={labels} />
      <Title order={2} size="h3" mb="md">
        {t(`zone.apply.steps.${STEPS[step]}`)}
      </Title>
      {stepBody[step]}
      <Group justify="space-between" mt="xl">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
          disabled={step === 0}
          onClick={() => goTo(step - 1)}
        >
          {t('zone.apply.back')}
        </Button>
        {step < STEPS.length - 1 ? (
          <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={() => goTo(step + 1)}>
            {t('zone.apply.next')}
          </Button>
        ) : (
          <Button
            variant="subtle"
            component={Link}
            to={`/zone/applications/${id}`}
            leftSection={<IconCheck size={16} aria-hidden />}
          >
            {t('zone.apply.later')}
          </Button>
        )}
      </Group>
    </>
  );
}
