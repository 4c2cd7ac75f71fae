import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../i18n/index.ts';
import { useChangeLocale } from '../../lib/session.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = useChangeLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={i18n.language}
      onChange={(value) => change.mutate(value as Locale)}
      data={[
        {
          value: 'ru',
          label: (
            <span lang="ru" title="Русский">
              RU
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" title="English">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
