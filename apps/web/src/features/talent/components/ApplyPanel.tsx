import { ApplyBody } from '@inohub/contracts/talent/applications';
import { Alert, Anchor, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session.ts';
import type { Opportunity } from '../api/types.ts';
import { useApplication, useApply } from '../api/useApplications.ts';
import { useMyTalentProfile } from '../api/useProfile.ts';
import { StageBadge } from './Badges.tsx';
import { talentProblem } from './text.ts';
import { schemaErrors } from './validate.ts';

/** The student's application to this posting: the stage it is at. */
function Applied({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('talent');
  const app = useApplication(applicationId);
  return (
    <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('talent.apply.appliedTitle')}>
      <Stack gap="xs" align="flex-start">
        {app.data && (
          <Group gap="xs">
            <Text size="sm">{t('talent.apply.stageNow')}</Text>
            <StageBadge stage={app.data.stage} />
          </Group>
        )}
        <Anchor
          component={Link}
          to="/talent/applications"
          size="sm"
          c="var(--mantine-color-text)"
          underline="always"
        >
          {t('talent.apply.toMyApplications')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

/** The employer's own recruiter reads where the posting stands instead of an apply form. */
function OwnPosting({ o }: { o: Opportunity }) {
  const { t } = useTranslation('talent');
  const state = o.status === 'published' ? (o.isOpen ? 'open' : 'hidden') : o.status;
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{t(`talent.apply.own.${state}`)}</Text>
      {o.applicationCount != null && (
        <Text size="sm" c="dimmed">
          {t('talent.board.total', {
            count: o.applicationCount,
            formatted: formatNumber(o.applicationCount),
          })}
        </Text>
      )}
      <Button component={Link} to={`/talent/postings/${o.id}/edit`} size="xs" variant="default">
        {o.status === 'draft' ? t('talent.apply.own.toPublish') : t('talent.postings.edit')}
      </Button>
    </Stack>
  );
}

/**
 * Applying: a cover note, and the CV the profile holds at this moment (the employer keeps that copy).
 * Visitors are asked to sign in, people without a profile to create one.
 */
export function ApplyPanel({ o }: { o: Opportunity }) {
  const { t } = useTranslation('talent');
  const location = useLocation();
  const me = useMe();
  const profile = useMyTalentProfile(Boolean(me.data));
  const apply = useApply(o.id);
  const [coverNote, setCoverNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (o.myApplicationId) return <Applied applicationId={o.myApplicationId} />;
  if (o.manageable) return <OwnPosting o={o} />;
  if (!o.isOpen)
    return (
      <Alert color="gray" title={t('talent.apply.closedTitle')}>
        {t('talent.apply.closedText')}
      </Alert>
    );
  if (me.isPending) return null;
  if (!me.data)
    return (
      <Stack gap="xs" align="flex-start">
        <Text>{t('talent.apply.signInText')}</Text>
        <Button component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
          {t('talent.apply.signIn')}
        </Button>
      </Stack>
    );
  if (profile.isPending) return null;
  const p = profile.data?.profile;
  if (!p)
    return (
      <Stack gap="xs" align="flex-start">
        <Text>{t('talent.apply.noProfileText')}</Text>
        <Button component={Link} to="/talent/profile">
          {t('talent.apply.createProfile')}
        </Button>
      </Stack>
    );
  if (!o.canApply)
    return (
      <Alert color="gray" title={t('talent.apply.cannotTitle')}>
        {t('talent.apply.cannotText')}
      </Alert>
    );

  const shown = { ...errors, ...fieldErrorsOf(t, apply.error) };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = { coverNote: coverNote.trim() || undefined };
    const found = schemaErrors(t, ApplyBody, body);
    setErrors(found);
    if (Object.keys(found).length) return;
    apply.mutate(body, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('talent.apply.sent') }),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('talent.apply.formTitle')}>
      <Stack gap="sm">
        {apply.isError && !Object.keys(fieldErrorsOf(t, apply.error)).length && (
          <Alert color="red" role="alert">
            {talentProblem(t, apply.error)}
          </Alert>
        )}
        <Textarea
          id={fieldId('coverNote')}
          label={t('talent.apply.coverNote')}
          description={t('talent.apply.coverNoteHelp')}
          autosize
          minRows={4}
          maxLength={4000}
          value={coverNote}
          onChange={(e) => setCoverNote(e.currentTarget.value)}
          error={shown.coverNote}
        />
        <Text size="sm">
          <IconFileTypePdf size={16} aria-hidden style={{ verticalAlign: -3 }} />{' '}
          {p.cv ? (
            <>
              {t('talent.apply.cvAttached')}{' '}
              <Anchor href={p.cv.url} target="_blank" rel="noopener">
                {p.cv.fileName}
              </Anchor>
            </>
          ) : (
            <>
              {t('talent.apply.noCv')}{' '}
              <Anchor component={Link} to="/talent/profile">
                {t('talent.apply.addCv')}
              </Anchor>
            </>
          )}
        </Text>
        <div>
          <Button type="submit" loading={apply.isPending}>
            {t('talent.apply.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
