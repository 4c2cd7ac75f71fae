import { Anchor, Badge, Button, Group, Spoiler, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { type ConsentPurpose, useMyConsents, useWithdrawPublicProfile } from '../../../lib/consents.ts';
import { formatDate } from '../../../lib/format.ts';

/**
 * The talent profile's consents (recruiters only, everyone) are named by the talent feature's strings, which the
 * navbar bundle carries to every page; they are withdrawn by hiding the talent profile.
 */
const isTalent = (p: ConsentPurpose): p is 'talent_recruiters' | 'talent_public' =>
  p === 'talent_recruiters' || p === 'talent_public';

/**
 * The person's consents (152-FZ): what each one allows, since when, the text they agreed to, and a
 * one-click withdrawal. Withdrawing the consent to processing is deleting the account (below).
 */
export function MyConsents() {
  const { t, i18n } = useTranslation('profile');
  const consents = useMyConsents();
  const withdraw = useWithdrawPublicProfile();
  if (consents.isPending) return <LoadingState rows={3} />;
  if (consents.isError) return <ErrorState error={consents.error} onRetry={() => void consents.refetch()} />;
  return (
    <Stack gap="md">
      {consents.data.current.map((c) => (
        <Stack key={c.purpose} gap={6}>
          <Group gap="sm" wrap="wrap">
            <Text fw={600}>
              {isTalent(c.purpose)
                ? t(`talent.nav.consentPurpose.${c.purpose}`)
                : t(`profile.consents.purpose.${c.purpose}`)}
            </Text>
            <Badge color={c.granted ? 'teal' : 'gray'} variant="light">
              {c.granted
                ? c.since
                  ? t('profile.consents.givenOn', { date: formatDate(c.since) })
                  : t('profile.consents.given')
                : t('profile.consents.notGiven')}
            </Badge>
          </Group>
          <Spoiler
            maxHeight={44}
            showLabel={t('profile.consents.showText')}
            hideLabel={t('profile.consents.hideText')}
          >
            <Text size="sm" c="dimmed">
              {i18n.language === 'en' ? c.text.en : c.text.ru}{' '}
              {t('profile.consents.version', { version: c.version ?? c.text.version })}
            </Text>
          </Spoiler>
          {c.purpose === 'public_profile' && c.granted && (
            <div>
              <Button
                size="xs"
                variant="default"
                loading={withdraw.isPending}
                onClick={() =>
                  withdraw.mutate(undefined, {
                    onSuccess: () =>
                      notifications.show({ color: 'teal', message: t('profile.consents.withdrawn') }),
                  })
                }
              >
                {t('profile.consents.withdraw')}
              </Button>
            </div>
          )}
          {isTalent(c.purpose) && c.granted && (
            <Text size="xs" c="dimmed">
              {t('talent.nav.consentWithdrawHint')}{' '}
              <Anchor component={Link} to="/talent/profile" size="xs">
                {t('talent.nav.myProfile')}
              </Anchor>
            </Text>
          )}
          {c.purpose === 'processing' && (
            <Text size="xs" c="dimmed">
              {t('profile.consents.processingHint')}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
