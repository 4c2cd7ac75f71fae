/**
 * ListPage — the one shape of a list page:
 * header → filters (kept in the URL) → "N found" + reset → loading skeleton | error with retry |
 * empty state that says why and offers the next action | table on desktop, cards on phones → pagination with the total.
 *
 *   const filters = useUrlFilters(['q', 'kind'] as const);           // lib/use-url-filters.ts
 *   const query = useOrganizations(filters.values, filters.page);      // react-query result of { items, total, pageSize? }
 *   return (
 *     <ListPage
 *       title={t('nav.directory')}
 *       description={t('directory.intro')}
 *       actions={<Button component={Link} to="/directory/new">{t('directory.add')}</Button>}
 *       filters={<OrganizationFilters values={filters.values} onChange={filters.update} />}
 *       state={filters}
 *       query={query}
 *       pageSize={PAGE_SIZE}                                              // else taken from the response
 *       count={(count, formatted) => t('directory.found', { count, formatted })}
 *       empty={{ title: t('directory.emptyTitle'), text: t('directory.emptyText'), action: <Button …/> }}
 *       emptyFiltered={{ title: …, text: … }}                             // optional; a "Reset filters" button is added
 *       caption={t('directory.tableCaption')}
 *       rowKey={(o) => o.id}
 *       columns={[{ key: 'name', header: t('directory.columns.name'), cell: (o) => <OrgLink org={o} /> }, …]}
 *       card={(o) => <OrgCard org={o} />}                                 // optional, see components/DataList.tsx
 *     />
 *   );
 *
 * A list that is not a table (a grid of people, an accordion of mails) passes `children={(items) => …}` instead of
 * `columns`/`rowKey`/`caption`. A list inside a record page (no header of its own) uses `ListBody` with the same props
 * minus title/description/actions/filters.
 */
import { Box, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format.ts';
import type { UrlFilters } from '../lib/use-url-filters.ts';
import { DataList, type DataListProps } from './DataList.tsx';
import { ListPagination } from './ListPagination.tsx';
import { type Crumb, PageHeader } from './PageHeader.tsx';
import { EmptyState, ErrorState } from './QueryStatus.tsx';

export type { ListColumn } from './DataList.tsx';

/** The part of a react-query result a list needs (`UseQueryResult<Page<T>>` fits). */
export interface ListQuery<T> {
  data?: { items: readonly T[]; total: number; pageSize?: number } | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  isPlaceholderData?: boolean;
}

export interface EmptyText {
  title: string;
  /** Why the list is empty. */
  text: string;
  /** The next thing to do (a button or link). */
  action?: ReactNode;
}

type Layout<T> =
  | (Omit<DataListProps<T>, 'items'> & { children?: never })
  | {
      /** Anything other than a table: gets the current page's items. */
      children: (items: readonly T[]) => ReactNode;
      columns?: never;
    };

export type ListBodyProps<T> = Layout<T> & {
  query: ListQuery<T>;
  /** From `useUrlFilters`: the page, whether filters are set, and how to change them. */
  state: Pick<UrlFilters<string>, 'page' | 'filtered' | 'update' | 'reset'>;
  /** Items per page; defaults to the response's `pageSize`. */
  pageSize?: number;
  /** The count above the list, e.g. `t('directory.found', { count, formatted })`; defaults to "Total: N". */
  count?: (count: number, formatted: string) => string;
  /** Shown when the list is empty without filters. */
  empty: EmptyText;
  /** Shown when filters leave nothing; defaults to a generic "Nothing found". Always offers to reset the filters. */
  emptyFiltered?: EmptyText;
  /** Placeholder lines while loading. */
  skeletonRows?: number;
};

export type ListPageProps<T> = ListBodyProps<T> & {
  title: string;
  /** Trail after Home; top-level pages leave it out. */
  crumbs?: Crumb[];
  description?: ReactNode;
  /** The page's main actions, beside the title. */
  actions?: ReactNode;
  /** The filter form; it writes to `state.update`. */
  filters?: ReactNode;
};

const SKELETON_COLUMNS = ['30%', '16%', '22%', '10%'];

/** Placeholder rows shaped like the list: table rows on desktop, cards on phones. */
export function ListSkeleton({ rows = 8 }: { rows?: number }) {
  const { t } = useTranslation();
  const items = Array.from({ length: rows }, (_, i) => i);
  return (
    <Box aria-busy="true" aria-label={t('common.loading')} role="status">
      <Stack gap={0} visibleFrom="md">
        {items.map((i) => (
          <Group
            key={i}
            justify="space-between"
            wrap="nowrap"
            py="md"
            px="sm"
            style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
          >
            {SKELETON_COLUMNS.map((w) => (
              <Skeleton key={w} height={i === 0 ? 12 : 14} width={w} radius="sm" />
            ))}
          </Group>
        ))}
      </Stack>
      <Stack gap="sm" hiddenFrom="md">
        {items.slice(0, 4).map((i) => (
          <Paper key={i} withBorder p="md" radius="md">
            <Stack gap="xs">
              <Skeleton height={16} width="60%" radius="sm" />
              <Skeleton height={12} width="35%" radius="sm" />
              <Skeleton height={12} width="80%" radius="sm" />
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Box>
  );
}

/** The count, loading/error/empty states, the items and the pagination — a list without its page header. */
export function ListBody<T>(props: ListBodyProps<T>) {
  const { t } = useTranslation();
  const { query, state, count, empty, emptyFiltered, skeletonRows = 8 } = props;
  const data = query.data;
  const top = useRef<HTMLDivElement>(null);
  // A new page starts at its first item, not where the pagination was.
  const goTo = (page: number) => {
    state.update({ page });
    top.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  const reset = (
    <Button variant="default" onClick={state.reset}>
      {t('list.resetFilters')}
    </Button>
  );
  let body: ReactNode;
  if (query.isPending) body = <ListSkeleton rows={skeletonRows} />;
  else if (query.isError || !data)
    body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (data.items.length === 0) {
    const e = state.filtered
      ? (emptyFiltered ?? { title: t('list.nothingFound'), text: t('list.nothingFoundText') })
      : empty;
    body = (
      <EmptyState
        title={e.title}
        text={e.text}
        action={
          state.filtered ? (
            <>
              {reset}
              {e.action}
            </>
          ) : (
            e.action
          )
        }
      />
    );
  } else {
    body = (
      <Box
        style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}
        aria-busy={query.isPlaceholderData || undefined}
      >
        {'children' in props && props.children ? (
          props.children(data.items)
        ) : (
          <DataList
            items={data.items}
            rowKey={props.rowKey}
            columns={props.columns}
            caption={props.caption}
            card={props.card}
            cardColumns={props.cardColumns}
            breakpoint={props.breakpoint}
            minWidth={props.minWidth}
          />
        )}
      </Box>
    );
  }
  const pageSize = props.pageSize ?? data?.pageSize ?? 20;
  return (
    <>
      <Group
        ref={top}
        justify="space-between"
        mt="lg"
        mb="sm"
        mih={28}
        gap="xs"
        style={{ scrollMarginTop: 72 }}
      >
        <Text fw={500} aria-live="polite">
          {data &&
            (count
              ? count(data.total, formatNumber(data.total))
              : t('list.total', { formatted: formatNumber(data.total) }))}
        </Text>
        {state.filtered && (
          <Button variant="subtle" size="compact-sm" onClick={state.reset}>
            {t('list.resetFilters')}
          </Button>
        )}
      </Group>
      {body}
      {data && data.total > 0 && (
        <ListPagination page={state.page} pageSize={pageSize} total={data.total} onChange={goTo} />
      )}
    </>
  );
}

/** A whole list page: its header and filters above `ListBody`. */
export function ListPage<T>(props: ListPageProps<T>) {
  const { title, crumbs = [], description, actions, filters, ...body } = props;
  return (
    <>
      <PageHeader title={title} crumbs={crumbs} description={description} actions={actions} />
      {filters}
      <ListBody<T> {...(body as ListBodyProps<T>)} />
    </>
  );
}
