import {
  IMPORT_COLUMN_TITLES,
  IMPORT_COLUMNS,
  IMPORT_KINDS,
  type ImportKind,
  type ImportRowError,
} from '@inohub/contracts/talent/imports';
import { Alert, Anchor, Badge, Button, FileInput, Group, Radio, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload, IconFileAlert, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { formatDateTime, formatNumber, TOMSK } from '../../../lib/format.ts';
import {
  type Import,
  profilesExportUrl,
  templateUrl,
  useImportHistory,
  useUploadImport,
} from '../api/useImports.ts';
import { rowErrorsOf } from '../components/import-errors.ts';
import { careersProblem, pick } from '../components/names.ts';
import { ScrollTable } from '../components/ScrollTable.tsx';
import { UniversityPicker, useUniversityChoice } from '../components/UniversityPicker.tsx';

const columnTitle = (lang: string, column: string) => {
  const titles = IMPORT_COLUMN_TITLES[column];
  return titles ? (lang === 'en' ? titles.en : titles.ru) : column;
};

function RowErrors({ errors, count }: { errors: ImportRowError[]; count: number }) {
  const { t, i18n } = useTranslation('careers');
  return (
    <Alert
      color="red"
      icon={<IconFileAlert aria-hidden />}
      title={t('careers.imports.rejectedTitle', { count, formatted: formatNumber(count) })}
      role="alert"
      // The table scrolls inside the alert instead of widening it on phones.
      styles={{ body: { minWidth: 0 }, wrapper: { minWidth: 0 } }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('careers.imports.rejectedText')}</Text>
        {errors.length < count && (
          <Text size="sm">
            {t('careers.imports.firstErrors', {
              shown: formatNumber(errors.length),
              total: formatNumber(count),
            })}
          </Text>
        )}
        {errors.length > 0 && (
          <ScrollTable minWidth={560}>
            <Table
              striped
              withTableBorder
              bg="var(--mantine-color-body)"
              aria-label={t('careers.imports.errorsTable')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" ta="right">
                    {t('careers.imports.row')}
                  </Table.Th>
                  <Table.Th scope="col">{t('careers.imports.column')}</Table.Th>
                  <Table.Th scope="col">{t('careers.imports.message')}</Table.Th>
                  <Table.Th scope="col">{t('careers.imports.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {errors.map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row may carry several errors in one column
                  <Table.Tr key={`${e.row}-${e.column}-${i}`}>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {e.row === 0 ? t('careers.imports.header') : e.row}
                    </Table.Td>
                    <Table.Td>{columnTitle(i18n.language, e.column)}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.value ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Alert>
  );
}

function Applied({ result }: { result: Import }) {
  const { t } = useTranslation('careers');
  return (
    <Alert
      color="teal"
      icon={<IconCircleCheck aria-hidden />}
      title={t('careers.imports.appliedTitle')}
      role="status"
    >
      {t('careers.imports.appliedText', {
        file: result.fileName,
        total: formatNumber(result.rowsTotal),
        created: formatNumber(result.rowsCreated),
        updated: formatNumber(result.rowsUpdated),
      })}
    </Alert>
  );
}

function Upload({ universityId }: { universityId: string }) {
  const { t, i18n } = useTranslation('careers');
  const lang = i18n.language;
  const [kind, setKind] = useState<ImportKind>('profiles');
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadImport();
  const rowErrors = rowErrorsOf(upload.error);
  const columns = IMPORT_COLUMNS[kind];
  const send = () => {
    if (!file) return;
    upload.mutate({ universityId, kind, file });
  };
  return (
    <Section framed title={t('careers.imports.uploadTitle')} description={t('careers.imports.uploadHelp')}>
      <Stack gap="md">
        <Radio.Group
          label={t('careers.imports.kind')}
          value={kind}
          onChange={(v) => {
            setKind(v as ImportKind);
            upload.reset();
          }}
        >
          <Group gap="lg" mt={6}>
            {IMPORT_KINDS.map((k) => (
              <Radio key={k} value={k} label={t(`careers.imports.kinds.${k}`)} />
            ))}
          </Group>
        </Radio.Group>
        <div>
          <Text size="sm" fw={500}>
            {t('careers.imports.columns')}
          </Text>
          <Text size="sm" c="dimmed">
            {columns
              .map(
                (c) =>
                  `${columnTitle(lang, c.key)}${c.required ? ` (${t('careers.imports.required')})` : ''}`,
              )
              .join(', ')}
          </Text>
          <Group gap="xs" mt={6}>
            <Text size="sm">{t('careers.imports.template')}</Text>
            {(['xlsx', 'csv'] as const).map((f) => (
              <Anchor key={f} href={templateUrl(kind, f)} size="sm" fw={500}>
                {t(`careers.imports.templateFormat.${f}`)}
              </Anchor>
            ))}
          </Group>
        </div>
        <Group align="flex-end" gap="sm">
          <FileInput
            id="field-imports-file"
            label={t('careers.imports.file')}
            description={t('careers.imports.fileHelp')}
            clearButtonProps={{ 'aria-label': t('careers.imports.clearFile') }}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(f) => {
              setFile(f);
              upload.reset();
            }}
            clearable
            w={{ base: '100%', sm: 360 }}
          />
          <Button
            leftSection={<IconUpload size={16} aria-hidden />}
            onClick={send}
            disabled={!file}
            loading={upload.isPending}
          >
            {t('careers.imports.upload')}
          </Button>
        </Group>
        {upload.isSuccess && <Applied result={upload.data} />}
        {rowErrors && <RowErrors errors={rowErrors.errors} count={rowErrors.count} />}
        {upload.isError && !rowErrors && (
          <Alert color="red" role="alert" title={t('careers.imports.failedTitle')}>
            <Text size="sm">{careersProblem(t, upload.error)}</Text>
            <Text size="sm" mt={4}>
              {t('careers.imports.nothingWritten')}
            </Text>
          </Alert>
        )}
      </Stack>
    </Section>
  );
}

function History({ universityId }: { universityId: string }) {
  const { t, i18n } = useTranslation('careers');
  const history = useImportHistory(universityId);
  let body: React.ReactNode;
  if (history.isPending) body = <LoadingState rows={4} />;
  else if (history.isError)
    body = <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  else if (history.data.length === 0)
    body = (
      <EmptyState
        title={t('careers.imports.historyEmptyTitle')}
        text={t('careers.imports.historyEmptyText')}
      />
    );
  else
    body = (
      <ScrollTable minWidth={720}>
        <Table
          striped
          aria-label={t('careers.imports.historyTitle')}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('careers.imports.when')}</Table.Th>
              <Table.Th scope="col">{t('careers.imports.kind')}</Table.Th>
              <Table.Th scope="col">{t('careers.imports.file')}</Table.Th>
              <Table.Th scope="col">{t('careers.imports.result')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('careers.imports.rows')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('careers.imports.created')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('careers.imports.updated')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('careers.imports.errors')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(i.createdAt, TOMSK, i18n.language)}
                </Table.Td>
                <Table.Td>{t(`careers.imports.kinds.${i.kind}`)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{i.fileName}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={i.status === 'applied' ? 'teal' : 'red'}
                    c="var(--mantine-color-text)"
                    style={{ textTransform: 'none' }}
                  >
                    {t(`careers.imports.status.${i.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(i.rowsTotal)}</Table.Td>
                <Table.Td ta="right">{formatNumber(i.rowsCreated)}</Table.Td>
                <Table.Td ta="right">{formatNumber(i.rowsUpdated)}</Table.Td>
                <Table.Td ta="right">{formatNumber(i.errorCount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    );
  return (
    <Section framed title={t('careers.imports.historyTitle')}>
      {body}
    </Section>
  );
}

/** Career office: import the university's students, graduates and outcomes from CSV or XLSX, and export them. */
export function ImportsPage() {
  const { t, i18n } = useTranslation('careers');
  const choice = useUniversityChoice();
  const { office, universityId, university } = choice;
  const header = (
    <PageHeader
      title={t('careers.imports.title')}
      crumbs={[]}
      description={
        university
          ? t('careers.imports.introFor', {
              university: pick(i18n.language, university.name, university.nameEn),
            })
          : t('careers.imports.intro')
      }
    />
  );
  if (office.isPending)
    return (
      <>
        {header}
        <LoadingState rows={6} />
      </>
    );
  if (office.isError)
    return (
      <>
        {header}
        <ErrorState error={office.error} onRetry={() => void office.refetch()} />
      </>
    );
  if (!universityId)
    return (
      <>
        {header}
        <EmptyState title={t('careers.noUniversityTitle')} text={t('careers.noUniversityText')} />
      </>
    );
  return (
    <>
      {header}
      <Stack gap="lg">
        <UniversityPicker choice={choice} />
        <Upload key={universityId} universityId={universityId} />
        <Section
          framed
          title={t('careers.imports.exportTitle')}
          description={t('careers.imports.exportHelp')}
        >
          <Group gap="sm">
            {(['xlsx', 'csv'] as const).map((f) => (
              <Button
                key={f}
                component="a"
                href={profilesExportUrl(universityId, f)}
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                {t(`careers.imports.export.${f}`)}
              </Button>
            ))}
          </Group>
        </Section>
        <History universityId={universityId} />
      </Stack>
    </>
  );
}
