import { Button, Collapse, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { pickText } from './text.ts';

/**
 * A bilingual text: the reader's language first (or the other one when it is missing), and the second
 * language behind a toggle when both exist. Each block carries its `lang`.
 */
export function BilingualText({ ru, en }: { ru: string | null; en: string | null }) {
  const { t, i18n } = useTranslation('talent');
  const [open, { toggle }] = useDisclosure(false);
  const lang = i18n.language;
  const first = pickText(lang, ru, en);
  if (!first) return <Text c="dimmed">{t('talent.posting.noDescription')}</Text>;
  const otherLang = first.lang === 'ru' ? 'en' : 'ru';
  const other = otherLang === 'ru' ? ru : en;
  return (
    <Stack gap="xs">
      <Text lang={first.lang} style={{ whiteSpace: 'pre-line' }}>
        {first.text}
      </Text>
      {other?.trim() && (
        <>
          <div>
            <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={open}>
              {t(open ? 'talent.posting.hideOther' : `talent.posting.showOther.${otherLang}`)}
            </Button>
          </div>
          <Collapse expanded={open}>
            <Text lang={otherLang} c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {other}
            </Text>
          </Collapse>
        </>
      )}
    </Stack>
  );
}
