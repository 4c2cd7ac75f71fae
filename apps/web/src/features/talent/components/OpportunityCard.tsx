import { Anchor, Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconMapPin, IconSparkles } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpportunityItem, ReasonItem } from '../api/types.ts';
import { DeadlineText, KindBadge, VerifiedEmployer } from './Badges.tsx';
import { cityName, formatSalary, nameOf, pickText, reasonText, skillName } from './text.ts';

/** "Томск · можно удалённо" / "Tomsk · remote possible". */
export function PlaceText({ city, remote }: { city: string | null; remote: boolean }) {
  const { t, i18n } = useTranslation('talent');
  const parts = [city ? cityName(i18n.language, city) : null, remote ? t('talent.remoteOk') : null].filter(
    Boolean,
  );
  if (parts.length === 0) return null;
  return (
    <Text size="sm" span>
      <IconMapPin size={14} aria-hidden style={{ verticalAlign: -2 }} /> {parts.join(' · ')}
    </Text>
  );
}

export function SkillBadges({
  skills,
  max = 6,
}: {
  skills: OpportunityItem['requiredSkills'];
  max?: number;
}) {
  const { t, i18n } = useTranslation('talent');
  if (skills.length === 0) return null;
  const shown = skills.slice(0, max);
  return (
    <Group gap={4}>
      {shown.map((s) => (
        <Badge
          key={s.code}
          variant="outline"
          color="gray"
          c="var(--mantine-color-text)"
          style={{ textTransform: 'none' }}
        >
          {skillName(i18n.language, s)}
        </Badge>
      ))}
      {skills.length > max && (
        <Text size="xs" c="dimmed" span>
          {t('talent.moreSkills', { count: skills.length - max })}
        </Text>
      )}
    </Group>
  );
}

export function ReasonList({
  reasons,
  audience,
}: {
  reasons: readonly ReasonItem[];
  audience: 'student' | 'recruiter';
}) {
  const { t, i18n } = useTranslation('talent');
  if (reasons.length === 0) return null;
  return (
    <List
      size="sm"
      spacing={2}
      aria-label={t('talent.reasons.label')}
      icon={<IconSparkles size={14} aria-hidden style={{ color: 'var(--mantine-color-teal-8)' }} />}
    >
      {reasons.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from one answer
        <List.Item key={i}>{reasonText(t, i18n.language, r, audience)}</List.Item>
      ))}
    </List>
  );
}

/** A posting in a list: what, who (and whether the hub verified them), where, how much, until when. */
export function OpportunityCard({
  o,
  reasons,
  footer,
  to,
}: {
  o: OpportunityItem;
  reasons?: readonly ReasonItem[];
  footer?: ReactNode;
  to?: string;
}) {
  const { t, i18n } = useTranslation('talent');
  const lang = i18n.language;
  const title = pickText(lang, o.titleRu, o.titleEn);
  const salary = formatSalary(t, lang, o.salaryFrom, o.salaryTo);
  return (
    <Card withBorder padding="md" component="article" h="100%">
      <Stack gap={6}>
        <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor
            component={Link}
            to={to ?? `/talent/opportunities/${o.id}`}
            fw={600}
            lang={title && title.lang !== lang ? title.lang : undefined}
            style={{ overflowWrap: 'anywhere' }}
          >
            {title?.text ?? '—'}
          </Anchor>
          <KindBadge kind={o.kind} />
        </Group>
        <Text size="sm">
          {nameOf(lang, o.employer)}{' '}
          <Text span size="sm" c="dimmed">
            ·
          </Text>{' '}
          <VerifiedEmployer verifiedAt={o.employer.verifiedAt} />
        </Text>
        <Group gap="md" wrap="wrap">
          <PlaceText city={o.city} remote={o.remote} />
          {salary && (
            <Text size="sm" fw={500} span>
              {salary}
            </Text>
          )}
          <DeadlineText deadline={o.deadline} />
        </Group>
        <SkillBadges skills={o.requiredSkills} />
        {reasons && <ReasonList reasons={reasons} audience="student" />}
        {footer}
      </Stack>
    </Card>
  );
}
