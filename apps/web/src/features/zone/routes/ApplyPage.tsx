import { Alert, Button, Paper, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { useMe } from '../../../lib/session.ts';
import { useCreateApplication } from '../api/useCreateApplication.ts';
import { useMyApplications } from '../api/useMyApplications.ts';
import { useZone } from '../api/useZone.ts';
import { ApplicationStateBadge } from '../components/Badges.tsx';
import { pick, zoneProblem } from '../components/names.ts';

/** Step zero: which of my organizations applies. A draft already open is continued, not duplicated. */
export function ApplyPage() {
  const { t, i18n } = useTranslation('zone');
  const navigate = useNavigate();
  const me = useMe().data;
  const zone = useZone();
  const mine = useMyApplications(1);
  const create = useCreateApplication();
  const orgs = me?.memberships ?? [];
  const [orgId, setOrgId] = useState<string | null>(
    orgs.length === 1 ? (orgs[0]?.organizationId ?? null) : null,
  );
  const [error, setError] = useState<string | null>(null);
  const header = (
    <PageHeader
      title={t('zone.nav.apply')}
      crumbs={[]}
      description={
        zone.data
          ? t('zone.applyStart.intro', { zone: pick(i18n.language, zone.data.nameRu, zone.data.nameEn) })
          : undefined
      }
    />
  );
  if (zone.isPending || mine.isPending)
    return (
      <>
        {header}
        <LoadingState rows={5} />
      </>
    );
  if (zone.isError || mine.isError)
    return (
      <>
        {header}
        <ErrorState
          error={zone.error ?? mine.error}
          onRetry={() => {
            void zone.refetch();
            void mine.refetch();
          }}
        />
      </>
    );
  if (orgs.length === 0)
    return (
      <>
        {header}
        <EmptyState
          title={t('zone.applyStart.noOrgTitle')}
          text={t('zone.applyStart.noOrgText')}
          action={
            <Button component={Link} to="/directory/new">
              {t('zone.applyStart.addOrg')}
            </Button>
          }
        />
      </>
    );
  const existing = (id: string) =>
    mine.data.items.find((a) => a.organizationId === id && a.state !== 'rejected');
  const chosen = orgId ? existing(orgId) : undefined;
  const start = () => {
    setError(null);
    if (!orgId) return setError(t('zone.applyStart.chooseOrg'));
    if (!zone.data) return;
    create.mutate(
      { zoneId: zone.data.id, organizationId: orgId },
      {
        onSuccess: (a) => navigate(`/zone/applications/${a.id}/edit`),
        onError: (e) => setError(zoneProblem(t, e)),
      },
    );
  };
  return (
    <>
      {header}
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} maw={720}>
        <Stack gap="md">
          <Radio.Group
            id="field-organizationId"
            label={t('zone.applyStart.which')}
            description={t('zone.applyStart.whichHelp')}
            withAsterisk
            value={orgId}
            onChange={setOrgId}
            error={error}
          >
            <Stack gap="sm" mt="xs">
              {orgs.map((m) => {
                const app = existing(m.organizationId);
                return (
                  <Radio
                    key={m.organizationId}
                    value={m.organizationId}
                    label={m.organizationName}
                    description={
                      app ? (
                        <Text span size="xs">
                          {t('zone.applyStart.hasApplication')} <ApplicationStateBadge state={app.state} />
                        </Text>
                      ) : (
                        t(`zone.applyStart.role.${m.role}`)
                      )
                    }
                  />
                );
              })}
            </Stack>
          </Radio.Group>
          {chosen ? (
            <Alert color="blue" title={t('zone.applyStart.existingTitle')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('zone.applyStart.existingText')}</Text>
                {/* The server says whether the draft is open for editing (`editable`). */}
                <Button
                  component={Link}
                  to={
                    chosen.editable
                      ? `/zone/applications/${chosen.id}/edit`
                      : `/zone/applications/${chosen.id}`
                  }
                >
                  {chosen.editable ? t('zone.application.continue') : t('zone.apply.openApplication')}
                </Button>
              </Stack>
            </Alert>
          ) : (
            <div>
              <Button onClick={start} loading={create.isPending}>
                {t('zone.applyStart.start')}
              </Button>
            </div>
          )}
          <Text size="sm" c="dimmed">
            {t('zone.applyStart.whatNext')}
          </Text>
        </Stack>
      </Paper>
    </>
  );
}
