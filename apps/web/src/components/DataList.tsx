/**
 * DataList — the same items as a table on desktop and as cards on phones.
 *
 *   <DataList
 *     items={users}
 *     rowKey={(u) => u.id}
 *     caption={t('nav.users')}                       // names the table for screen readers
 *     columns={[
 *       { key: 'name', header: t('admin.users.person'), cell: (u) => <Text fw={500}>{u.name}</Text> },
 *       { key: 'created', header: t('admin.users.created'), cell: (u) => formatDate(u.createdAt), numeric: true },
 *     ]}
 *     card={(u) => <UserCard user={u} />}             // optional; default: first column as the title, the rest as label: value
 *   />
 *
 * Both layouts are rendered and CSS shows one (no flash on load, no JS media query). `ListPage` uses it.
 */
import { Box, Card, type MantineBreakpoint, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ListColumn<T> {
  /** Stable React key of the column. */
  key: string;
  header: ReactNode;
  cell: (item: T) => ReactNode;
  /** Right-aligned with tabular figures (amounts, counts, dates in a column). */
  numeric?: boolean;
  /** Upper width of the cell; long text wraps inside it. */
  maw?: number;
  /** Keeps the cell on one line (dates, codes). */
  nowrap?: boolean;
  /** Left out of the default phone card (for example when the card's title already shows it). */
  hideOnCard?: boolean;
}

export interface DataListProps<T> {
  items: readonly T[];
  rowKey: (item: T) => string;
  columns: readonly ListColumn<T>[];
  /** Accessible name of the table. */
  caption: string;
  /** One item on a phone; defaults to the columns as label/value pairs under the first column. */
  card?: (item: T) => ReactNode;
  /** Cards per row from `sm` up to the breakpoint (1 on phones). */
  cardColumns?: number;
  /** Where the table replaces the cards. */
  breakpoint?: MantineBreakpoint;
  /** A table wider than the screen scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
}

function DefaultCard<T>({ item, columns }: { item: T; columns: readonly ListColumn<T>[] }) {
  const [first, ...rest] = columns;
  return (
    <Stack gap={6}>
      {first && <Box fw={600}>{first.cell(item)}</Box>}
      {rest
        .filter((c) => !c.hideOnCard)
        .map((c) => (
          <div key={c.key}>
            <Text size="xs" c="dimmed">
              {c.header}
            </Text>
            <Box fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {c.cell(item)}
            </Box>
          </div>
        ))}
    </Stack>
  );
}

export function DataList<T>({
  items,
  rowKey,
  columns,
  caption,
  card,
  cardColumns = 2,
  breakpoint = 'md',
  minWidth,
}: DataListProps<T>) {
  const table = (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c.key} scope="col" ta={c.numeric ? 'right' : undefined}>
              {c.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={rowKey(item)}>
            {columns.map((c) => (
              <Table.Td
                key={c.key}
                ta={c.numeric ? 'right' : undefined}
                maw={c.maw}
                style={{
                  fontVariantNumeric: c.numeric ? 'tabular-nums' : undefined,
                  whiteSpace: c.nowrap ? 'nowrap' : undefined,
                }}
              >
                {c.cell(item)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <>
      <Box visibleFrom={breakpoint}>
        {minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table}
      </Box>
      <SimpleGrid hiddenFrom={breakpoint} cols={{ base: 1, sm: cardColumns }} spacing="sm">
        {items.map((item) => (
          <Card key={rowKey(item)} withBorder padding="md" component="article">
            {card ? card(item) : <DefaultCard item={item} columns={columns} />}
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
