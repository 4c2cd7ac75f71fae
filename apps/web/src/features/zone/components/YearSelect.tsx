import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The ledger years: from the zone's first residents to this one. */
export function YearSelect({ value, onChange }: { value: number; onChange: (y: number) => void }) {
  const { t } = useTranslation('zone');
  const now = new Date().getFullYear();
  const years = Array.from({ length: now - 2005 }, (_, i) => String(now - i));
  return (
    <Select
      label={t('zone.ledger.year')}
      data={years}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={140}
    />
  );
}
