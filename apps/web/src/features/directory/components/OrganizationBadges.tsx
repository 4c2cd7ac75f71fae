import type { OrganizationKind } from '@inohub/contracts/directory';
import { Badge } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';

const noWrap = { label: { whiteSpace: 'nowrap' } } as const;

export function KindBadge({ kind }: { kind: OrganizationKind }) {
  const { t } = useTranslation('directory');
  return (
    <Badge variant="light" color="gray">
      {t(`kinds.${kind}`)}
    </Badge>
  );
}

/** "проверено 25.11.2026" — public data says when it was last checked. */
export function VerifiedBadge({ verifiedAt }: { verifiedAt: string | null }) {
  const { t } = useTranslation('directory');
  if (!verifiedAt) {
    return (
      <Badge variant="outline" color="gray" styles={noWrap}>
        {t('directory.notVerified')}
      </Badge>
    );
  }
  return (
    <Badge
      variant="light"
      color="green"
      styles={noWrap}
      leftSection={<IconCircleCheck size={14} aria-hidden />}
    >
      {t('directory.verifiedOn', { date: formatDate(verifiedAt) })}
    </Badge>
  );
}
