import type { Wire } from '@inohub/contracts/wire';
import {
  type ActionBody,
  type ApplicationAction,
  type ApplicationDetailView,
  TERMINATION_REASONS,
  type TerminationReason,
} from '@inohub/contracts/zone/applications';
import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { ApiError } from '../../../lib/api.ts';
import { todayInTomsk } from '../../../lib/format.ts';
import { useApplicationAction } from '../api/useApplicationAction.ts';
import { useZone } from '../api/useZone.ts';
import { pick, zoneProblem } from './names.ts';

const DESTRUCTIVE: ApplicationAction[] = ['reject', 'terminate', 'withdraw'];
const NEEDS_COMMENT: ApplicationAction[] = ['reject', 'request_revision', 'decline_amendment'];

/** The allowed workflow actions as buttons; each opens a dialog that asks for what the step needs. */
export function ActionPanel({ application }: { application: Wire<typeof ApplicationDetailView> }) {
  const { t, i18n } = useTranslation('zone');
  const zone = useZone();
  const run = useApplicationAction(application.id);
  const [open, setOpen] = useState<ApplicationAction | null>(null);
  const [body, setBody] = useState<z.input<typeof ActionBody>>({});
  const [localError, setLocalError] = useState<string | null>(null);
  const actions = application.allowedActions.filter((a) => a !== 'submit');
  const canSubmit = application.allowedActions.includes('submit');

  if (actions.length === 0 && !canSubmit) return null;
  const start = (a: ApplicationAction) => {
    run.reset();
    setLocalError(null);
    setBody(
      a === 'sign_agreement'
        ? { agreementDate: todayInTomsk() }
        : a === 'register'
          ? { since: todayInTomsk() }
          : {},
    );
    setOpen(a);
  };
  const confirm = () => {
    if (!open) return;
    if (NEEDS_COMMENT.includes(open) && !body.comment?.trim())
      return setLocalError(t('zone.actions.commentRequired'));
    if (open === 'terminate' && !body.reason) return setLocalError(t('zone.actions.reasonRequired'));
    setLocalError(null);
    const clean = Object.fromEntries(
      Object.entries(body).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
    ) as z.input<typeof ActionBody>;
    run.mutate(
      { action: open, body: clean },
      {
        onSuccess: (res) => {
          setOpen(null);
          notifications.show({
            color: 'teal',
            message: res.decided
              ? t('zone.actions.done', { state: t(`zone.state.${res.application.state}`) })
              : t('zone.actions.firstApproval'),
          });
        },
      },
    );
  };
  const errors = fieldErrorsOf(t, run.error);
  const field = (name: keyof z.input<typeof ActionBody>) => ({
    id: fieldId(name),
    value: (body[name] as string | undefined) ?? '',
    // Read the value now: React clears currentTarget before a deferred state updater runs.
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.currentTarget.value;
      setBody((b) => ({ ...b, [name]: value }));
    },
    error: errors[name],
  });
  const labels: Record<string, string> = {
    comment: t('zone.actions.comment'),
    agreementNumber: t('zone.actions.agreementNumber'),
    agreementDate: t('zone.actions.agreementDate'),
    registerNumber: t('zone.actions.registerNumber'),
    certificateNumber: t('zone.actions.certificateNumber'),
    since: t('zone.actions.since'),
    reason: t('zone.actions.reason'),
  };

  return (
    <>
      <Group gap="sm">
        {canSubmit && application.editable && (
          <Button component={Link} to={`/zone/applications/${application.id}/edit`}>
            {t('zone.application.continue')}
          </Button>
        )}
        {actions.map((a) => (
          <Button
            key={a}
            variant={DESTRUCTIVE.includes(a) ? 'outline' : a === 'approve' ? 'filled' : 'default'}
            color={DESTRUCTIVE.includes(a) ? 'red' : undefined}
            onClick={() => start(a)}
          >
            {t(`zone.actions.${a}.button`)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? t(`zone.actions.${open}.title`) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open && (
          <Stack gap="md">
            <Text size="sm">{t(`zone.actions.${open}.text`)}</Text>
            {DESTRUCTIVE.includes(open) && (
              <Alert color="red" title={t('zone.actions.irreversible')}>
                {t(`zone.actions.${open}.loss`)}
              </Alert>
            )}
            <FormErrorSummary error={run.error} labels={labels} />
            {run.isError && !(run.error instanceof ApiError && run.error.errors.length) && (
              <Alert color="red" role="alert">
                {zoneProblem(t, run.error)}
              </Alert>
            )}
            {open === 'sign_agreement' && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={labels.agreementNumber} withAsterisk {...field('agreementNumber')} />
                <TextInput
                  type="date"
                  label={labels.agreementDate}
                  withAsterisk
                  {...field('agreementDate')}
                />
              </SimpleGrid>
            )}
            {open === 'register' && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={labels.registerNumber}
                  description={t('zone.actions.autoNumber')}
                  {...field('registerNumber')}
                />
                <TextInput
                  label={labels.certificateNumber}
                  description={t('zone.actions.autoNumber')}
                  {...field('certificateNumber')}
                />
                <TextInput type="date" label={labels.since} {...field('since')} />
                <Select
                  id={fieldId('siteId')}
                  label={t('zone.actions.site')}
                  description={t('zone.actions.siteHelp')}
                  clearable
                  data={(zone.data?.sites ?? []).map((s) => ({
                    value: s.id,
                    label: pick(i18n.language, s.nameRu, s.nameEn),
                  }))}
                  value={body.siteId ?? null}
                  onChange={(v) => setBody((b) => ({ ...b, siteId: v ?? undefined }))}
                />
              </SimpleGrid>
            )}
            {open === 'terminate' && (
              <Select
                id={fieldId('reason')}
                label={labels.reason}
                withAsterisk
                data={TERMINATION_REASONS.map((r) => ({ value: r, label: t(`zone.reason.${r}`) }))}
                value={body.reason ?? null}
                onChange={(v) =>
                  setBody((b) => ({ ...b, reason: (v ?? undefined) as TerminationReason | undefined }))
                }
                error={errors.reason}
              />
            )}
            <Textarea
              label={labels.comment}
              withAsterisk={NEEDS_COMMENT.includes(open)}
              description={t(
                NEEDS_COMMENT.includes(open)
                  ? 'zone.actions.commentHelpRequired'
                  : 'zone.actions.commentHelp',
              )}
              autosize
              minRows={3}
              {...field('comment')}
            />
            {localError && (
              <Text c="red.8" size="sm" role="alert">
                {localError}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color={DESTRUCTIVE.includes(open) ? 'red' : undefined}
                onClick={confirm}
                loading={run.isPending}
              >
                {t(`zone.actions.${open}.confirm`)}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
