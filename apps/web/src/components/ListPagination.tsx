import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format.ts';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/** "21–40 of 134" and the page buttons; hidden buttons when everything fits one page. */
export function ListPagination({ page, pageSize, total, onChange }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed">
        {t('list.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('list.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            size="sm"
            siblings={1}
            getControlProps={(control) => ({
              'aria-label':
                control === 'previous' ? t('list.previous') : control === 'next' ? t('list.next') : control,
            })}
            getItemProps={(p) => ({ 'aria-label': t('list.page', { page: p }) })}
          />
        </nav>
      )}
    </Group>
  );
}
