import { Table } from '@mantine/core';

/** A definition table of label → value, for record pages. */
export function Facts({ rows, label }: { rows: Array<[string, React.ReactNode]>; label: string }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder aria-label={label}>
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={{ base: 140, sm: 240 }} scope="row">
              {k}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
