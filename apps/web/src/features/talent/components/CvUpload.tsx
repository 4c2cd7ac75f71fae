import { Anchor, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../api/types.ts';
import { useRemoveCv, useUploadCv } from '../api/useProfile.ts';
import { talentProblem } from './text.ts';

/** The server's limit (profiles/cv.ts). */
const MAX_BYTES = 5 * 1024 * 1024;

/** The CV is a PDF (the server checks its first bytes, not its name); a new upload replaces the old one. */
export function CvUpload({ profile }: { profile: Profile | null }) {
  const { t } = useTranslation('talent');
  const upload = useUploadCv();
  const remove = useRemoveCv();
  const tooBig = upload.variables && upload.variables.size > MAX_BYTES;
  return (
    <Stack gap="xs">
      {profile?.cv && (
        <Group gap={6}>
          <IconFileTypePdf size={18} aria-hidden />
          <Text size="sm">{t('talent.cv.current')}</Text>
          <Anchor href={profile.cv.url} target="_blank" rel="noopener" size="sm">
            {profile.cv.fileName}
          </Anchor>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(undefined, {
                onSuccess: () => notifications.show({ color: 'teal', message: t('talent.cv.removed') }),
              })
            }
          >
            {t('talent.cv.remove')}
          </Button>
        </Group>
      )}
      <FileInput
        label={profile?.cv ? t('talent.cv.replace') : t('talent.cv.upload')}
        description={profile ? t('talent.cv.help') : t('talent.cv.saveFirst')}
        placeholder={t('talent.cv.choose')}
        accept="application/pdf,.pdf"
        leftSection={<IconUpload size={16} aria-hidden />}
        // The placeholder is the button's visible text here, so it keeps the body text's contrast.
        styles={{ placeholder: { color: 'var(--mantine-color-text)' } }}
        disabled={!profile || upload.isPending}
        value={null}
        onChange={(file) => {
          if (!file) return;
          if (file.size > MAX_BYTES) {
            upload.reset();
            notifications.show({ color: 'red', message: t('talent.cv.tooBig') });
            return;
          }
          upload.mutate(file, {
            onSuccess: () => notifications.show({ color: 'teal', message: t('talent.cv.uploaded') }),
          });
        }}
        error={upload.isError && !tooBig ? talentProblem(t, upload.error) : undefined}
      />
    </Stack>
  );
}
