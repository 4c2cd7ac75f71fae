import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section.tsx';
import type { Profile, ProfileItem } from '../api/types.ts';
import { SkillBadges } from './OpportunityCard.tsx';
import { cityName, nameOf } from './text.ts';

/** "ТУСУР · Программная инженерия · бакалавриат, выпуск 2027". */
/** `compact` (board cards): the programme and the year only; the university's full name is long. */
export function StudiesLine({ p, compact = false }: { p: ProfileItem | Profile; compact?: boolean }) {
  const { t, i18n } = useTranslation('talent');
  const lang = i18n.language;
  const parts = [
    p.university && !compact ? nameOf(lang, p.university) : null,
    p.program,
    p.degree && !compact ? t(`talent.degree.${p.degree}`) : null,
    p.graduationYear
      ? t(p.status === 'graduate' ? 'talent.profile.graduated' : 'talent.profile.graduates', {
          year: p.graduationYear,
        })
      : t(`talent.studentStatus.${p.status}`),
    p.city ? cityName(lang, p.city) : null,
  ].filter(Boolean);
  return (
    // A span: the line also sits inside the page header's paragraph.
    <Text size="sm" c="dimmed" span display="block">
      {parts.join(' · ')}
    </Text>
  );
}

/** A profile's sections as the viewer may see them (the server leaves out what they may not). */
export function ProfileDetails({ p }: { p: Profile }) {
  const { t, i18n } = useTranslation('talent');
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const wishes = [
    p.prefersRegion && t('talent.profile.wishes.region'),
    p.openToRelocation && t('talent.profile.wishes.relocation'),
    p.openToRemote && t('talent.profile.wishes.remote'),
  ].filter(Boolean) as string[];
  return (
    <Stack gap="xl">
      {p.about && (
        <Section title={t('talent.profile.about')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{p.about}</Text>
        </Section>
      )}
      <Section title={t('talent.profile.studies')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {[
            ['university', p.university ? nameOf(i18n.language, p.university) : null],
            ['faculty', p.faculty],
            ['program', [p.programCode, p.program].filter(Boolean).join(' ') || null],
            ['degree', p.degree ? t(`talent.degree.${p.degree}`) : null],
            [
              'years',
              p.studyStartYear || p.graduationYear
                ? `${p.studyStartYear ?? '…'}–${p.graduationYear ?? '…'}`
                : null,
            ],
          ].map(([k, v]) => (
            <div key={k}>
              <Text size="xs" c="dimmed">
                {t(`talent.profile.fields.${k}`)}
              </Text>
              <Text size="sm">{v ?? '—'}</Text>
            </div>
          ))}
        </SimpleGrid>
      </Section>
      <Section title={t('talent.profile.skills')}>
        {p.skills.length ? (
          <SkillBadges skills={p.skills} max={50} />
        ) : (
          <Text c="dimmed">{t('talent.profile.noSkills')}</Text>
        )}
      </Section>
      {p.languages.length > 0 && (
        <Section title={t('talent.profile.languages')}>
          <Group gap={6}>
            {p.languages.map((l) => (
              <Badge
                key={l.code}
                variant="outline"
                color="gray"
                c="var(--mantine-color-text)"
                style={{ textTransform: 'none' }}
              >
                {languageNames.of(l.code) ?? l.code} — {t(`talent.languageLevel.${l.level}`)}
              </Badge>
            ))}
          </Group>
        </Section>
      )}
      {wishes.length > 0 && (
        <Section title={t('talent.profile.wishesTitle')}>
          <List size="sm">
            {wishes.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Section>
      )}
      {p.links.length > 0 && (
        <Section title={t('talent.profile.links')}>
          <List size="sm">
            {p.links.map((l) => (
              <List.Item key={l.url}>
                <Anchor href={l.url} target="_blank" rel="noopener nofollow">
                  {l.label}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      {p.cv && (
        <Section title={t('talent.profile.cv')}>
          <Anchor href={p.cv.url} target="_blank" rel="noopener">
            <IconFileTypePdf size={16} aria-hidden style={{ verticalAlign: -3 }} /> {p.cv.fileName}
          </Anchor>
        </Section>
      )}
    </Stack>
  );
}
