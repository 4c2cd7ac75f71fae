import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCareerOffice } from '../api/useCareerOffice.ts';
import { pick } from './names.ts';

/**
 * The university a career-office page works on, kept in the URL (`?universityId=`). A career office usually acts
 * for one university, which is then chosen for it; an administrator starts with the first and may switch.
 */
export function useUniversityChoice() {
  const office = useCareerOffice();
  const [params, setParams] = useSearchParams();
  const universities = office.data?.universities ?? [];
  const asked = params.get('universityId');
  const universityId = universities.some((u) => u.id === asked) ? asked : (universities[0]?.id ?? null);
  const university = universities.find((u) => u.id === universityId) ?? null;
  const choose = (id: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('universityId', id);
      next.delete('page');
      return next;
    });
  return { office, universities, universityId, university, choose };
}

export function UniversityPicker({ choice }: { choice: ReturnType<typeof useUniversityChoice> }) {
  const { t, i18n } = useTranslation('careers');
  const { universities, universityId, choose } = choice;
  if (universities.length <= 1) return null;
  return (
    <Select
      label={t('careers.university')}
      data={universities.map((u) => ({ value: u.id, label: pick(i18n.language, u.name, u.nameEn) }))}
      value={universityId}
      onChange={(v) => v && choose(v)}
      allowDeselect={false}
      searchable
      w={{ base: '100%', sm: 420 }}
    />
  );
}
