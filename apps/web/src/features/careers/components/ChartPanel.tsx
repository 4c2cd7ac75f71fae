import '@mantine/charts/styles.css';
import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';

interface Props {
  /** States the finding, e.g. "Two in three graduates stay in the Tomsk region". */
  title: string;
  /** Units and what is counted. */
  subtitle: string;
  source: string;
  chart: React.ReactNode;
  /** The same numbers as a table, shown beside the chart (below it on narrow screens). */
  table: React.ReactNode;
  /** Notes under both, such as what "—" means. */
  footer?: React.ReactNode;
  /** Columns of 12 the chart takes on wide screens; the table takes the rest. */
  split?: number;
}

/** A chart with its data table beside it (UX.md, "Charts"): the finding as the title, units, source and date. */
export function ChartPanel({ title, subtitle, source, chart, table, footer, split = 6 }: Props) {
  const id = useId();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {subtitle}
          </Text>
        </Stack>
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, lg: split }}>{chart}</Grid.Col>
          <Grid.Col span={{ base: 12, lg: 12 - split }}>{table}</Grid.Col>
        </Grid>
        {footer}
        <Text size="xs" c="dimmed">
          {source}
        </Text>
      </Stack>
    </Paper>
  );
}
