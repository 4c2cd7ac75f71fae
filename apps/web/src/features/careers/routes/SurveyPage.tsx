import type { OutcomeView, SurveyView } from '@inohub/contracts/talent/outcomes';
import type { Wire } from '@inohub/contracts/wire';
import { Alert, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClockX, IconLinkOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { ApiError } from '../../../lib/api.ts';
import { formatDate, TOMSK } from '../../../lib/format.ts';
import { useAnswerSurvey, useRegions, useSurvey } from '../api/useSurvey.ts';
import { careersProblem, pick } from '../components/names.ts';
import { OutcomeForm } from '../components/OutcomeForm.tsx';

type Survey = Wire<typeof SurveyView>;

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Inohub`;
  }, [title]);
  return (
    <Container size={640} px={0}>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <Stack gap="md">
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Container>
  );
}

/** The last outcome on record in one sentence: "Employed · Tomsk Polytechnic · Tomsk region · as of 01.10.2025". */
function LastOutcome({ outcome }: { outcome: Wire<typeof OutcomeView> }) {
  const { t, i18n } = useTranslation('careers');
  const lang = i18n.language;
  const regions = useRegions();
  const region = regions.data?.find((r) => r.code === outcome.regionCode);
  const place =
    outcome.country !== 'RU'
      ? new Intl.DisplayNames([lang === 'en' ? 'en' : 'ru'], { type: 'region' }).of(outcome.country)
      : region
        ? pick(lang, region.nameRu, region.nameEn)
        : null;
  const parts = [
    t(`careers.outcomeStatus.${outcome.status}`),
    outcome.employerName,
    outcome.occupation,
    [outcome.city, place].filter(Boolean).join(', ') || null,
  ].filter(Boolean);
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-default-hover)">
      <Text size="sm" c="dimmed">
        {t('careers.survey.lastOutcome', { date: formatDate(outcome.observedOn, lang) })}
      </Text>
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {parts.join(' · ')}
      </Text>
    </Paper>
  );
}

function OpenSurvey({ survey, answer }: { survey: Survey; answer: ReturnType<typeof useAnswerSurvey> }) {
  const { t, i18n } = useTranslation('careers');
  const lang = i18n.language;
  const [changed, setChanged] = useState(false);
  const university = survey.universityName
    ? pick(lang, survey.universityName, survey.universityNameEn)
    : null;
  const asking = survey.lastOutcome && !changed;
  return (
    <Frame title={t('careers.survey.hello', { name: survey.firstName })}>
      <Text>
        {university
          ? survey.graduationYear
            ? t('careers.survey.introYear', { university, year: survey.graduationYear })
            : t('careers.survey.introUniversity', { university })
          : t('careers.survey.intro')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('careers.survey.why', { date: formatDate(survey.expiresAt, lang, TOMSK) })}
      </Text>
      {asking && survey.lastOutcome ? (
        <Stack gap="md">
          <LastOutcome outcome={survey.lastOutcome} />
          {answer.isError && (
            <Alert color="red" role="alert">
              {careersProblem(t, answer.error)}
            </Alert>
          )}
          <Group gap="sm">
            <Button size="md" loading={answer.isPending} onClick={() => answer.mutate({ kind: 'unchanged' })}>
              {t('careers.survey.unchanged')}
            </Button>
            <Button
              size="md"
              variant="default"
              onClick={() => {
                answer.reset();
                setChanged(true);
              }}
            >
              {t('careers.survey.changed')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <OutcomeForm
          pending={answer.isPending}
          error={answer.error}
          onSubmit={(outcome, onError) => answer.mutate({ kind: 'outcome', outcome }, { onError })}
        />
      )}
    </Frame>
  );
}

/** Public, no sign-in: the yearly one-click outcome survey behind the mailed link. */
export function SurveyPage() {
  const { t } = useTranslation('careers');
  const { token = '' } = useParams();
  const survey = useSurvey(token);
  const answer = useAnswerSurvey(token);
  // The thanks stay on screen through the refetch that follows the answer (which then reads "answered").
  const thanked = answer.isSuccess;

  if (survey.isPending)
    return (
      <Frame title={t('careers.survey.title')}>
        <LoadingState rows={5} />
      </Frame>
    );
  if (survey.isError) {
    const unknown = survey.error instanceof ApiError && [400, 404, 410].includes(survey.error.status);
    return unknown ? (
      <Frame title={t('careers.survey.unknownTitle')}>
        <Alert color="gray" icon={<IconLinkOff aria-hidden />}>
          {t('careers.survey.unknownText')}
        </Alert>
      </Frame>
    ) : (
      <Frame title={t('careers.survey.title')}>
        <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />
      </Frame>
    );
  }
  const s = survey.data;
  if (thanked || s.state === 'answered')
    return (
      <Frame
        title={
          thanked ? t('careers.survey.thanksTitle', { name: s.firstName }) : t('careers.survey.answeredTitle')
        }
      >
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} role="status">
          {thanked
            ? t('careers.survey.thanksText')
            : t('careers.survey.answeredText', { year: s.surveyYear })}
        </Alert>
      </Frame>
    );
  if (s.state === 'expired')
    return (
      <Frame title={t('careers.survey.expiredTitle')}>
        <Alert color="gray" icon={<IconClockX aria-hidden />}>
          {t('careers.survey.expiredText', {
            date: formatDate(s.expiresAt, undefined, TOMSK),
            year: s.surveyYear,
          })}
        </Alert>
      </Frame>
    );
  return <OpenSurvey survey={s} answer={answer} />;
}
