import type { Wire } from '@inohub/contracts/wire';
import {
  APPLICATION_DOCUMENT_KINDS,
  type ApplicationDetailView,
  type ApplicationDocumentKind as DocumentKind,
} from '@inohub/contracts/zone/applications';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Select,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { useDeleteDocument } from '../api/useDeleteDocument.ts';
import { requiredDocumentsOf, useEligibilityRules } from '../api/useEligibilityRules.ts';
import { useUploadDocument } from '../api/useUploadDocument.ts';
import { zoneProblem } from './names.ts';
import { ScrollTable } from './ScrollTable.tsx';

const MAX_BYTES = 20 * 1024 * 1024;

/** Upload pdf/docx by kind; shows which documents the zone's rule E4 requires are still missing. */
export function DocumentsEditor({
  application,
  editable,
}: {
  application: Pick<Wire<typeof ApplicationDetailView>, 'id' | 'zoneId' | 'documents'>;
  editable: boolean;
}) {
  const { id: applicationId, documents } = application;
  const { t } = useTranslation('zone');
  const upload = useUploadDocument(applicationId);
  const remove = useDeleteDocument(applicationId);
  const rules = useEligibilityRules(application.zoneId);
  const required = rules.data ? requiredDocumentsOf(rules.data) : null;
  const missing = (required ?? []).filter((k) => !documents.some((d) => d.kind === k));
  // Until the person picks a kind, the first missing document is offered.
  const [chosen, setKind] = useState<DocumentKind | null>(null);
  const kind = chosen ?? missing[0] ?? 'other';
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = () => {
    setError(null);
    if (!kind) return setError(t('zone.docs.chooseKind'));
    if (!file) return setError(t('zone.docs.chooseFile'));
    if (!/\.(pdf|docx)$/i.test(file.name)) return setError(t('zone.docs.wrongType'));
    if (file.size > MAX_BYTES) return setError(t('zone.docs.tooBig'));
    upload.mutate(
      { kind, file },
      {
        onSuccess: () => {
          setFile(null);
          notifications.show({ color: 'teal', message: t('zone.docs.uploaded') });
          setKind(missing.find((k) => k !== kind) ?? 'other');
        },
        onError: (e) => setError(zoneProblem(t, e)),
      },
    );
  };

  return (
    <Stack gap="md">
      {required === null ? null : missing.length > 0 ? (
        <Alert color="blue" title={t('zone.docs.missingTitle')}>
          {missing.map((k) => t(`zone.docKind.${k}`)).join(', ')}
        </Alert>
      ) : (
        <Alert color="teal">{t('zone.docs.allThere')}</Alert>
      )}
      {documents.length > 0 && (
        <ScrollTable minWidth={400}>
          <Table striped aria-label={t('zone.docs.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('zone.docs.kind')}</Table.Th>
                <Table.Th scope="col">{t('zone.docs.added')}</Table.Th>
                {editable && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('zone.docs.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Anchor href={d.url} target="_blank" rel="noopener">
                      {t(`zone.docKind.${d.kind}`)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(d.createdAt)}</Table.Td>
                  {editable && (
                    <Table.Td ta="right">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('zone.docs.remove', { kind: t(`zone.docKind.${d.kind}`) })}
                        loading={remove.isPending && remove.variables === d.id}
                        onClick={() => remove.mutate(d.id, { onError: (e) => setError(zoneProblem(t, e)) })}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {editable && (
        <Stack gap="xs">
          <Group align="flex-end" gap="sm">
            <Select
              id="field-documents-kind"
              label={t('zone.docs.kind')}
              data={APPLICATION_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`zone.docKind.${k}`) }))}
              value={kind}
              onChange={(v) => setKind(v as DocumentKind | null)}
              allowDeselect={false}
              w={{ base: '100%', sm: 260 }}
            />
            <FileInput
              id="field-documents-file"
              label={t('zone.docs.file')}
              description={t('zone.docs.fileHelp')}
              accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              value={file}
              onChange={setFile}
              clearable
              w={{ base: '100%', sm: 300 }}
            />
            <Button
              leftSection={<IconUpload size={16} aria-hidden />}
              onClick={send}
              loading={upload.isPending}
            >
              {t('zone.docs.upload')}
            </Button>
          </Group>
          {error && (
            <Text c="red.8" size="sm" role="alert">
              {error}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
