import type { ProportionalityStatus } from '@inohub/contracts/zone/benefits';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR: Record<ProportionalityStatus, string> = {
  not_applicable: 'gray',
  compliant: 'teal',
  in_grace: 'blue',
  breach: 'red',
  suspended: 'red',
};

export function ProportionalityBadge({ status }: { status: ProportionalityStatus }) {
  const { t } = useTranslation('zone');
  return (
    <Badge
      color={COLOR[status]}
      c="var(--mantine-color-text)"
      variant="light"
      style={{ textTransform: 'none' }}
    >
      {t(`zone.proportionality.${status}`)}
    </Badge>
  );
}
