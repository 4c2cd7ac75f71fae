import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconArrowRight,
  IconCheck,
  IconCloudCheck,
  IconSend,
} from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { ApiError } from '../../../lib/api.ts';
import { formatMoney } from '../../../lib/format.ts';
import {
  type ApplicationDetail,
  type DraftPatch,
  FOCUS_AREAS,
  type RuleResult,
  UNIT_KINDS,
  type UnitKind,
} from '../api/types.ts';
import { useActivities } from '../api/useActivities.ts';
import { useApplication } from '../api/useApplication.ts';
import { useApplicationAction } from '../api/useApplicationAction.ts';
import { useEligibilityCheck } from '../api/useEligibilityCheck.ts';
import { useSaveDraft } from '../api/useSaveDraft.ts';
import { useVacancies } from '../api/useVacancies.ts';
import { DocumentsEditor } from '../components/DocumentsEditor.tsx';
import { EligibilityPanel } from '../components/EligibilityPanel.tsx';
import { formatArea, formatTime, pick, zoneProblem } from '../components/names.ts';
import { PlanEditor, type PlanRow } from '../components/PlanEditor.tsx';

const EDITABLE = ['draft', 'revision_requested'];
const STEPS = ['activity', 'space', 'plan', 'utilities', 'documents', 'check'] as const;

type Num = number | string;
interface Values {
  activityDescription: string;
  declaredActivities: string[];
  focusArea: string | null;
  spaceMode: 'area' | 'units';
  requestedUnitIds: string[];
  requestedUnitKind: UnitKind | null;
  requestedAreaM2: Num;
  requestedLandHa: Num;
  plan: PlanRow[];
  powerKw: Num;
  waterM3PerDay: Num;
  gasM3PerHour: Num;
  proportionalityAcknowledged: boolean;
}

const numOrNull = (v: Num) => (v === '' || v === null || Number.isNaN(Number(v)) ? null : Number(v));
const positiveOrNull = (v: Num) => {
  const n = numOrNull(v);
  return n && n > 0 ? n : null;
};

function fromApplication(a: ApplicationDetail): Values {
  return {
    activityDescription: a.activityDescription ?? '',
    declaredActivities: a.declaredActivities,
    focusArea: a.focusArea,
    spaceMode: a.requestedUnitIds.length ? 'units' : 'area',
    requestedUnitIds: a.requestedUnitIds,
    requestedUnitKind: a.requestedUnitKind,
    requestedAreaM2: a.requestedAreaM2 ?? '',
    requestedLandHa: a.requestedLandHa ?? '',
    plan: a.investmentPlan.map((p) => ({
      year: p.year,
      capex: p.capexKopecks / 100,
      rnd: p.rndKopecks / 100,
      jobs: p.jobs,
      revenue: p.revenueKopecks / 100,
    })),
    powerKw: a.utilities.powerKw ?? '',
    waterM3PerDay: a.utilities.waterM3PerDay ?? '',
    gasM3PerHour: a.utilities.gasM3PerHour ?? '',
    proportionalityAcknowledged: a.proportionalityAcknowledged,
  };
}

function toPatch(v: Values): DraftPatch {
  const kop = (x: Num) => Math.round((numOrNull(x) ?? 0) * 100);
  return {
    activityDescription: v.activityDescription.trim() || null,
    declaredActivities: v.declaredActivities,
    focusArea: v.focusArea,
    requestedUnitIds: v.spaceMode === 'units' ? v.requestedUnitIds : [],
    requestedUnitKind: v.requestedUnitKind,
    requestedAreaM2: v.spaceMode === 'area' ? positiveOrNull(v.requestedAreaM2) : null,
    requestedLandHa: positiveOrNull(v.requestedLandHa),
    investmentPlan: v.plan.map((p) => ({
      year: p.year,
      capexKopecks: kop(p.capex),
      rndKopecks: kop(p.rnd),
      jobs: Math.round(numOrNull(p.jobs) ?? 0),
      revenueKopecks: kop(p.revenue),
    })),
    utilities: {
      powerKw: numOrNull(v.powerKw),
      waterM3PerDay: numOrNull(v.waterM3PerDay),
      gasM3PerHour: numOrNull(v.gasM3PerHour),
    },
    proportionalityAcknowledged: v.proportionalityAcknowledged,
  };
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; error: unknown };

/** The residency application as a six-step form that saves itself as the person types. */
export function ApplicationEditPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const app = useApplication(id);
  const activities = useActivities(app.data?.zoneId);
  const vacancies = useVacancies(
    { siteId: '', kind: '', minArea: '', maxArea: '', from: '', to: '' },
    1,
    100,
  );
  const save = useSaveDraft(id);
  const check = useEligibilityCheck(id);
  const action = useApplicationAction(id);
  const [values, setValues] = useState<Values | null>(null);
  const [step, setStep] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [results, setResults] = useState<RuleResult[] | null>(null);
  const latest = useRef<Values | null>(null);
  const dirty = useRef(false);

  useEffect(() => {
    if (app.data && !values) {
      const v = fromApplication(app.data);
      setValues(v);
      latest.current = v;
      if (app.data.eligibility) setResults(app.data.eligibility);
    }
  }, [app.data, values]);

  const flush = useCallback(async () => {
    if (!dirty.current || !latest.current) return true;
    dirty.current = false;
    setSaveState({ kind: 'pending' });
    try {
      await save.mutateAsync(toPatch(latest.current));
      setSaveState({ kind: 'saved', at: new Date() });
      return true;
    } catch (error) {
      setSaveState({ kind: 'error', error });
      return false;
    }
  }, [save]);

  // Autosave a moment after the last keystroke.
  useEffect(() => {
    if (!values || !dirty.current) return;
    const timer = setTimeout(() => void flush(), 900);
    return () => clearTimeout(timer);
  }, [values, flush]);

  const change = (patch: Partial<Values>) => {
    setValues((v) => {
      const next = v ? { ...v, ...patch } : v;
      latest.current = next;
      return next;
    });
    dirty.current = true;
  };

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
          if (e instanceof ApiError && e.code === 'zone.eligibility_failed')
            check.mutate(undefined, { onSuccess: (r) => setResults(r.results) });
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
  if (!EDITABLE.includes(a.state))
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

  const serverErrors = saveState.kind === 'error' ? fieldErrorsOf(t, saveState.error) : {};
  const activityOptions = (activities.data ?? []).map((x) => ({
    value: x.code,
    label: `${pick(lang, x.nameRu, x.nameEn)} (${x.code})${x.requiresCouncilDecision ? ` — ${t('zone.apply.councilNeeded')}` : ''}`,
  }));
  const knownUnits = new Map((vacancies.data?.items ?? []).map((u) => [u.id, u]));
  const unitOptions = [
    ...(vacancies.data?.items ?? []).map((u) => ({
      value: u.id,
      label: `${pick(lang, u.buildingNameRu, u.buildingNameEn)}, ${t('zone.space.unitCode', { code: u.code })} · ${t(`zone.unitKind.${u.kind}`)} · ${formatArea(u.areaM2, lang)} · ${formatMoney(u.monthlyRentKopecks)}/${t('zone.apply.month')}`,
    })),
    ...values.requestedUnitIds
      .filter((u) => !knownUnits.has(u))
      .map((u) => ({ value: u, label: t('zone.apply.unitHeld') })),
  ];
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

  const saveLine =
    saveState.kind === 'pending' ? (
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('zone.apply.saving')}
      </Text>
    ) : saveState.kind === 'saved' ? (
      <Text size="sm" c="dimmed" aria-live="polite">
        <IconCloudCheck size={16} aria-hidden style={{ verticalAlign: -3 }} />{' '}
        {t('zone.apply.savedAt', { time: formatTime(saveState.at, lang) })}
      </Text>
    ) : saveState.kind === 'error' ? (
      <Group gap={6} aria-live="assertive">
        <Text size="sm" c="red.8">
          <IconAlertTriangle size={16} aria-hidden style={{ verticalAlign: -3 }} />{' '}
          {t('zone.apply.saveFailed')}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => {
            dirty.current = true;
            void flush();
          }}
        >
          {t('common.retry')}
        </Button>
      </Group>
    ) : (
      <Text size="sm" c="dimmed">
        {t('zone.apply.autosaveHint')}
      </Text>
    );

  const stepBody = [
    <Stack key="activity" gap="md">
      <Textarea
        id={fieldId('activityDescription')}
        label={t('zone.apply.fields.activityDescription')}
        description={t('zone.apply.help.activityDescription')}
        withAsterisk
        autosize
        minRows={5}
        value={values.activityDescription}
        onChange={(e) => change({ activityDescription: e.currentTarget.value })}
        error={serverErrors.activityDescription}
      />
      <MultiSelect
        id={fieldId('declaredActivities')}
        label={t('zone.apply.fields.declaredActivities')}
        description={t('zone.apply.help.declaredActivities')}
        withAsterisk
        searchable
        data={activityOptions}
        value={values.declaredActivities}
        onChange={(v) => change({ declaredActivities: v })}
        error={serverErrors.declaredActivities}
        nothingFoundMessage={t('zone.apply.nothingFound')}
      />
      <Select
        id={fieldId('focusArea')}
        label={t('zone.apply.fields.focusArea')}
        description={t('zone.apply.help.focusArea')}
        clearable
        data={FOCUS_AREAS.map((f) => ({ value: f, label: t(`zone.focus.${f}`) }))}
        value={values.focusArea}
        onChange={(v) => change({ focusArea: v })}
        error={serverErrors.focusArea}
      />
    </Stack>,
    <Stack key="space" gap="md">
      <div>
        <Text fw={500} size="sm" mb={4} id="space-mode-label">
          {t('zone.apply.fields.spaceMode')}
        </Text>
        <SegmentedControl
          aria-labelledby="space-mode-label"
          value={values.spaceMode}
          onChange={(v) => change({ spaceMode: v as 'area' | 'units' })}
          data={[
            { value: 'area', label: t('zone.apply.spaceArea') },
            { value: 'units', label: t('zone.apply.spaceUnits') },
          ]}
        />
      </div>
      {values.spaceMode === 'units' ? (
        <MultiSelect
          id={fieldId('requestedUnitIds')}
          label={t('zone.apply.fields.requestedUnitIds')}
          description={t('zone.apply.help.requestedUnitIds')}
          searchable
          data={unitOptions}
          value={values.requestedUnitIds}
          onChange={(v) => change({ requestedUnitIds: v })}
          nothingFoundMessage={t('zone.apply.noUnits')}
          error={serverErrors.requestedUnitIds}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            id={fieldId('requestedUnitKind')}
            label={t('zone.apply.fields.requestedUnitKind')}
            data={UNIT_KINDS.map((k) => ({ value: k, label: t(`zone.unitKind.${k}`) }))}
            value={values.requestedUnitKind}
            onChange={(v) => change({ requestedUnitKind: v as UnitKind | null })}
            clearable
          />
          <NumberInput
            id={fieldId('requestedAreaM2')}
            label={t('zone.apply.fields.requestedAreaM2')}
            description={t('zone.apply.help.requestedAreaM2')}
            min={0}
            allowNegative={false}
            value={values.requestedAreaM2}
            onChange={(v) => change({ requestedAreaM2: v })}
            error={serverErrors.requestedAreaM2}
          />
        </SimpleGrid>
      )}
      <NumberInput
        id={fieldId('requestedLandHa')}
        label={t('zone.apply.fields.requestedLandHa')}
        description={t('zone.apply.help.requestedLandHa')}
        min={0}
        decimalScale={2}
        allowNegative={false}
        value={values.requestedLandHa}
        onChange={(v) => change({ requestedLandHa: v })}
        error={serverErrors.requestedLandHa}
        maw={320}
      />
      <Text size="sm">
        <Link to="/zone/space" target="_blank">
          {t('zone.apply.seeVacancies')}
        </Link>
      </Text>
    </Stack>,
    <Stack key="plan" gap="md">
      <Text size="sm" c="dimmed">
        {t('zone.apply.help.plan')}
      </Text>
      <PlanEditor rows={values.plan} onChange={(plan) => change({ plan })} errors={serverErrors} />
    </Stack>,
    <Stack key="utilities" gap="md">
      <Text size="sm" c="dimmed">
        {t('zone.apply.help.utilities')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {(
          [
            ['powerKw', t('zone.apply.fields.powerKw')],
            ['waterM3PerDay', t('zone.apply.fields.waterM3PerDay')],
            ['gasM3PerHour', t('zone.apply.fields.gasM3PerHour')],
          ] as const
        ).map(([k, label]) => (
          <NumberInput
            key={k}
            id={fieldId(`utilities.${k}`)}
            label={label}
            withAsterisk
            min={0}
            decimalScale={2}
            allowNegative={false}
            value={values[k]}
            onChange={(v) => change({ [k]: v })}
            error={serverErrors[`utilities.${k}`]}
          />
        ))}
      </SimpleGrid>
    </Stack>,
    <DocumentsEditor key="documents" applicationId={id} documents={a.documents} editable />,
    <Stack key="check" gap="md">
      <Checkbox
        id={fieldId('proportionalityAcknowledged')}
        label={t('zone.apply.fields.proportionality')}
        description={t('zone.apply.help.proportionality')}
        checked={values.proportionalityAcknowledged}
        onChange={(e) => change({ proportionalityAcknowledged: e.currentTarget.checked })}
      />
      <Group>
        <Button variant="default" onClick={() => void runCheck()} loading={check.isPending}>
          {t('zone.apply.runCheck')}
        </Button>
      </Group>
      {check.isError && <ErrorState error={check.error} onRetry={() => void runCheck()} />}
      {results && <EligibilityPanel results={results} organizationId={a.organizationId} onFix={goTo} />}
      {action.isError &&
        !(action.error instanceof ApiError && action.error.code === 'zone.eligibility_failed') && (
          <Alert color="red" role="alert" title={zoneProblem(t, action.error)} />
        )}
      {action.error instanceof ApiError && action.error.code === 'zone.eligibility_failed' && (
        <Alert color="red" role="alert" title={t('zone.apply.submitBlocked')}>
          {t('zone.apply.submitBlockedText')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('zone.apply.submitTitle')}
          </Title>
          <Text size="sm">{t('zone.apply.submitText')}</Text>
          <Group>
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              onClick={() => void submit()}
              loading={action.isPending}
            >
              {a.state === 'revision_requested' ? t('zone.apply.resubmit') : t('zone.apply.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>,
  ];

  return (
    <>
      <PageHeader
        title={t('zone.apply.titleFor', { name: a.organizationName })}
        crumbs={crumbs}
        description={a.state === 'revision_requested' ? t('zone.apply.revisionHint') : t('zone.apply.intro')}
      />
      <Paper withBorder p="sm" mb="lg" pos="sticky" top={68} style={{ zIndex: 5 }}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {t('zone.apply.progress', {
              step: step + 1,
              total: STEPS.length,
              name: t(`zone.apply.steps.${STEPS[step]}`),
            })}
          </Text>
          {saveLine}
        </Group>
      </Paper>
      {phone ? (
        <Progress
          value={((step + 1) / STEPS.length) * 100}
          mb="lg"
          aria-label={t('zone.apply.progress', {
            step: step + 1,
            total: STEPS.length,
            name: t(`zone.apply.steps.${STEPS[step]}`),
          })}
        />
      ) : (
        <Stepper active={step} onStepClick={goTo} allowNextStepsSelect size="xs" mb="xl">
          {STEPS.map((s, i) => (
            // Visited is not the same as complete: the step keeps its number, the check panel says what is missing.
            <Stepper.Step key={s} label={t(`zone.apply.steps.${s}`)} completedIcon={i + 1} />
          ))}
        </Stepper>
      )}
      <FormErrorSummary error={saveState.kind === 'error' ? saveState.error : null} labels={labels} />
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
