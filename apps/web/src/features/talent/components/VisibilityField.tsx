import { VISIBILITIES, type Visibility } from '@inohub/contracts/talent/enums';
import { Alert, Checkbox, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../components/form-errors.tsx';
import { useConsentTexts } from '../../../lib/consents.ts';
import { consentsFor } from './visibility.ts';

interface Props {
  saved: Visibility;
  value: Visibility;
  onChange: (v: Visibility) => void;
  agreed: boolean;
  onAgree: (v: boolean) => void;
  agreeError?: string;
}

/**
 * Who sees the profile. Widening it shows the consent text the server keeps (and records on save);
 * narrowing it is a withdrawal and needs nothing (docs/domain/talent.md, "Visibility").
 */
export function VisibilityField({ saved, value, onChange, agreed, onAgree, agreeError }: Props) {
  const { t, i18n } = useTranslation('talent');
  const texts = useConsentTexts();
  const needed = consentsFor(saved, value);
  return (
    <Stack gap="sm">
      <Radio.Group
        id={fieldId('visibility')}
        label={t('talent.profileForm.fields.visibility')}
        value={value}
        onChange={(v) => onChange(v as Visibility)}
      >
        <Stack gap="xs" mt="xs">
          {VISIBILITIES.map((v) => (
            <Radio
              key={v}
              value={v}
              label={t(`talent.visibility.${v}`)}
              description={t(`talent.visibility.${v}Help`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {needed.length > 0 && (
        <Alert color="blue" title={t('talent.profileForm.consentTitle')}>
          <Stack gap="xs">
            {needed.map((purpose) => {
              const text = texts.data?.[purpose];
              return (
                <Text key={purpose} size="sm">
                  {text ? (i18n.language === 'en' ? text.en : text.ru) : t('common.loading')}
                </Text>
              );
            })}
            <Checkbox
              id={fieldId('consent')}
              label={t('talent.profileForm.consentAgree')}
              checked={agreed}
              onChange={(e) => onAgree(e.currentTarget.checked)}
              error={agreeError}
            />
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
