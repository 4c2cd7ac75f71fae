import type { Wire } from '@inohub/contracts/wire';
import type { RuleResultView } from '@inohub/contracts/zone/eligibility';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type RuleResult = Wire<typeof RuleResultView>;

/** Which step of the form fixes what a rule (or an item E4 misses) is about. */
export function stepForMissing(item: string): number {
  if (item === 'activityDescription' || item === 'declaredActivities') return 0;
  if (item === 'requestedArea') return 1;
  if (item === 'investmentPlan') return 2;
  if (item.startsWith('utilities.')) return 3;
  if (item.startsWith('documents.')) return 4;
  return 5;
}
const STEP_OF_RULE: Record<string, number> = { E3: 0, E7: 0, E5: 1, E6: 5 };

interface Props {
  results: RuleResult[];
  organizationId: string;
  /** In the form: jump to the step that fixes a rule. */
  onFix?: (step: number) => void;
}

/** E1–E7, each with pass/fail, whether it blocks, its reason in the reader's language, and where to fix it. */
export function EligibilityPanel({ results, organizationId, onFix }: Props) {
  const { t, i18n } = useTranslation('zone');
  const blocking = results.filter((r) => r.enabled && r.mandatory && !r.passed);
  const missing = (r: RuleResult) =>
    Array.isArray(r.details?.missing) ? (r.details.missing as string[]) : [];
  const fix = (r: RuleResult) => {
    if (r.passed || !onFix) return null;
    if (r.code === 'E1' || r.code === 'E2')
      return (
        <Anchor component={Link} to={`/directory/${organizationId}/edit`} size="sm">
          {t('zone.eligibility.fixOrganization')}
        </Anchor>
      );
    const step = STEP_OF_RULE[r.code];
    if (step === undefined) return null;
    return (
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => onFix(step)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('zone.eligibility.fix')}
      </Button>
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="zone-eligibility-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="zone-eligibility-title">
          {t('zone.eligibility.title')}
        </Title>
        {blocking.length > 0 ? (
          <Alert
            color="red"
            icon={<IconX aria-hidden />}
            role="alert"
            title={t('zone.eligibility.blocked', { count: blocking.length })}
          >
            {t('zone.eligibility.blockedText')}
          </Alert>
        ) : (
          <Alert color="teal" icon={<IconCheck aria-hidden />} title={t('zone.eligibility.ok')}>
            {results.some((r) => r.enabled && !r.passed)
              ? t('zone.eligibility.okWithAdvice')
              : t('zone.eligibility.okText')}
          </Alert>
        )}
        <List spacing="sm" listStyleType="none" p={0} styles={{ itemWrapper: { alignItems: 'flex-start' } }}>
          {results.map((r) => {
            const message = i18n.language === 'en' ? r.messageEn : r.messageRu;
            const failedHard = r.enabled && r.mandatory && !r.passed;
            return (
              <List.Item
                key={r.code}
                icon={
                  <ThemeIcon
                    color={!r.enabled ? 'gray' : r.passed ? 'teal' : r.mandatory ? 'red' : 'yellow'}
                    variant="light"
                    radius="xl"
                    size={26}
                  >
                    {!r.enabled ? (
                      <IconInfoCircle size={16} aria-hidden />
                    ) : r.passed ? (
                      <IconCheck size={16} aria-hidden />
                    ) : (
                      <IconX size={16} aria-hidden />
                    )}
                  </ThemeIcon>
                }
              >
                <Stack gap={2}>
                  <Group gap={6}>
                    <Text fw={600}>
                      {r.code} · {t(`zone.eligibility.rules.${r.code}`, { defaultValue: r.code })}
                    </Text>
                    <Badge
                      size="sm"
                      variant={failedHard ? 'filled' : 'light'}
                      color={!r.enabled ? 'gray' : r.passed ? 'teal' : r.mandatory ? 'red.8' : 'yellow'}
                      c={failedHard ? 'white' : 'var(--mantine-color-text)'}
                      style={{ textTransform: 'none' }}
                    >
                      {!r.enabled
                        ? t('zone.eligibility.off')
                        : r.passed
                          ? t('zone.eligibility.passed')
                          : r.mandatory
                            ? t('zone.eligibility.failedMandatory')
                            : t('zone.eligibility.failedAdvice')}
                    </Badge>
                  </Group>
                  <Text size="sm">{message}</Text>
                  {missing(r).length > 0 && (
                    <Stack gap={2}>
                      <Text size="sm">{t('zone.eligibility.missing')}</Text>
                      <List size="sm" withPadding spacing={4}>
                        {missing(r).map((m) => (
                          <List.Item key={m}>
                            {onFix ? (
                              <Anchor
                                component="button"
                                type="button"
                                size="sm"
                                style={{ display: 'inline-block', minHeight: 24 }}
                                onClick={() => onFix(stepForMissing(m))}
                              >
                                {t(`zone.missing.${m.replace('.', '_')}`, { defaultValue: m })}
                              </Anchor>
                            ) : (
                              t(`zone.missing.${m.replace('.', '_')}`, { defaultValue: m })
                            )}
                          </List.Item>
                        ))}
                      </List>
                    </Stack>
                  )}
                  {fix(r)}
                </Stack>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Paper>
  );
}
