import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { fieldErrorsOf } from '../../../components/form-errors.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { api } from '../../../lib/api.ts';
import type { Opportunity } from '../api/types.ts';
import { useMyEmployers } from '../api/useEmployers.ts';
import {
  useCreateOpportunity,
  useOpportunity,
  useSetOpportunityStatus,
  useUpdateOpportunity,
} from '../api/useOpportunities.ts';
import { PostingStatusBadge } from '../components/Badges.tsx';
import { PostingForm } from '../components/PostingForm.tsx';
import { isMissing, talentProblem, titleOf } from '../components/text.ts';

/** Publish, close, or reopen as a draft; closing asks first (students can no longer apply). */
function StatusActions({ o }: { o: Opportunity }) {
  const { t } = useTranslation('talent');
  const setStatus = useSetOpportunityStatus(o.id);
  const [confirming, { open, close }] = useDisclosure(false);
  const run = (status: 'draft' | 'published' | 'closed', message: string) =>
    setStatus.mutate(
      { status },
      {
        onSuccess: () => {
          close();
          notifications.show({ color: 'teal', message });
        },
      },
    );
  return (
    <Stack gap="xs" mb="lg">
      <Group gap="sm">
        <PostingStatusBadge status={o.status} isOpen={o.isOpen} />
        {o.status === 'draft' && (
          <Button
            size="xs"
            loading={setStatus.isPending}
            onClick={() => run('published', t('talent.postingForm.published'))}
          >
            {t('talent.postingForm.publish')}
          </Button>
        )}
        {o.status === 'published' && (
          <Button size="xs" variant="default" color="red" onClick={open}>
            {t('talent.postingForm.close')}
          </Button>
        )}
        {o.status === 'closed' && (
          <Button
            size="xs"
            variant="default"
            loading={setStatus.isPending}
            onClick={() => run('draft', t('talent.postingForm.reopened'))}
          >
            {t('talent.postingForm.reopen')}
          </Button>
        )}
      </Group>
      {o.status === 'published' && !o.isOpen && (
        <Text size="sm" c="dimmed">
          {t('talent.postingForm.publishedHiddenHelp')}
        </Text>
      )}
      {setStatus.isError && (
        <Text size="sm" c="red.8" role="alert">
          {talentProblem(t, setStatus.error)}
        </Text>
      )}
      <Modal opened={confirming} onClose={close} title={t('talent.postingForm.closeTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('talent.postingForm.closeText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={setStatus.isPending}
              onClick={() => run('closed', t('talent.postingForm.closed'))}
            >
              {t('talent.postingForm.closeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** A new posting (`talent/postings/new?org=`) or an existing one's edit page. */
export function PostingEditPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { t, i18n } = useTranslation('talent');
  const employers = useMyEmployers();
  const existing = useOpportunity(id ?? '');
  const create = useCreateOpportunity();
  const update = useUpdateOpportunity(id ?? '');
  const crumbs = [{ label: t('talent.nav.postings'), to: '/talent/postings' }];
  const title = id ? t('talent.postingForm.editTitle') : t('talent.postingForm.newTitle');
  const loading = employers.isPending || (id ? existing.isPending : false);
  const failed = employers.isError ? employers : id && existing.isError ? existing : null;

  if (loading)
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        <LoadingState rows={10} />
      </>
    );
  if (failed)
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        {isMissing(failed.error) ? (
          <EmptyState title={t('talent.posting.notFoundTitle')} text={t('talent.posting.notFoundText')} />
        ) : (
          <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
        )}
      </>
    );
  const list = employers.data ?? [];
  const o = id ? (existing.data ?? null) : null;
  if (list.length === 0 || (o && !o.manageable))
    return (
      <>
        <PageHeader title={title} crumbs={crumbs} />
        <EmptyState
          title={t('talent.postings.noCompanyTitle')}
          text={t('talent.postings.noCompanyText')}
          action={
            <Button component={Link} to="/talent/postings">
              {t('talent.nav.postings')}
            </Button>
          }
        />
      </>
    );
  const org =
    list.find((e) => e.organizationId === params.get('org'))?.organizationId ?? list[0]?.organizationId ?? '';
  const mutation = o ? update : create;
  return (
    <>
      <PageHeader
        title={o ? t('talent.postingForm.editNamed', { title: titleOf(i18n.language, o) }) : title}
        crumbs={crumbs}
      />
      {o && <StatusActions o={o} />}
      <PostingForm
        key={o?.updatedAt ?? 'new'}
        opportunity={o}
        employers={list}
        defaultOrganizationId={org}
        pending={mutation.isPending}
        error={mutation.error}
        submitLabel={o ? t('common.save') : t('talent.postingForm.saveDraft')}
        publishLabel={o ? undefined : t('talent.postingForm.saveAndPublish')}
        onCancel={() => navigate(o ? `/talent/opportunities/${o.id}` : '/talent/postings')}
        onSubmit={(body, publish, setErrors) => {
          if (o) {
            const { organizationId: _org, ...patch } = body;
            update.mutate(patch, {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('talent.postingForm.saved') });
                navigate(`/talent/opportunities/${o.id}`);
              },
              onError: (err) => setErrors(fieldErrorsOf(t, err)),
            });
            return;
          }
          create.mutate(body, {
            onSuccess: async (created) => {
              // The draft is saved either way; a failed publish is said and can be retried on the edit page.
              const published = publish
                ? await api(`/api/talent/opportunities/${encodeURIComponent(created.id)}/status`, {
                    method: 'POST',
                    body: { status: 'published' },
                  }).then(
                    () => true,
                    (err: unknown) => {
                      notifications.show({ color: 'red', message: talentProblem(t, err) });
                      return false;
                    },
                  )
                : false;
              await client.invalidateQueries({ queryKey: ['talent', 'opportunities'] });
              notifications.show({
                color: 'teal',
                message: published ? t('talent.postingForm.published') : t('talent.postingForm.created'),
              });
              navigate(`/talent/opportunities/${created.id}`);
            },
            onError: (err) => setErrors(fieldErrorsOf(t, err)),
          });
        }}
      />
    </>
  );
}
