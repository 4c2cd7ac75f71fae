import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A wide table that scrolls sideways inside its card on phones; the region is keyboard-focusable so it can be scrolled. */
export function ScrollTable({ minWidth, children }: { minWidth: number; children: React.ReactNode }) {
  const { t } = useTranslation('careers');
  return (
    <Box
      role="region"
      aria-label={t('careers.scrollHint')}
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%' }}
    >
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
