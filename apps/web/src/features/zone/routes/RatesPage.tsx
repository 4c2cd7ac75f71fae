import { type ParamCode, PROPORTIONALITY_MODES } from '@inohub/contracts/zone/benefits';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, fieldErrorsOf } from '../../../components/form-errors.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { formatDate, todayInTomsk, toKopecks, toRoubles } from '../../../lib/format.ts';
import { hasRole, useMe } from '../../../lib/session.ts';
import {
  type ParamDefinition,
  type ParamVersion,
  useFinanceParamActions,
  useFinanceParams,
} from '../api/useFinanceParams.ts';
import { formatParamValue, pick, zoneProblem } from '../components/names.ts';
import { ScrollTable } from '../components/ScrollTable.tsx';

/** Parameters whose value is one of a few words, and those words. */
const TEXT_VALUES: Record<string, readonly string[]> = { proportionality_test: PROPORTIONALITY_MODES };

/** The value of a version as people read it (see formatParamValue). */
function useValueText() {
  const { t, i18n } = useTranslation('zone');
  return (v: ParamVersion) =>
    v.ratePercent !== null
      ? formatParamValue(t, i18n.language, 'percent', v.ratePercent)
      : v.amountKopecks !== null
        ? formatParamValue(t, i18n.language, 'kopecks', v.amountKopecks)
        : v.count !== null
          ? formatParamValue(t, i18n.language, 'count', v.count)
          : formatParamValue(t, i18n.language, 'text', v.textValue);
}

/** The approved version in force today for each parameter and tier. */
function inForce(items: ParamVersion[], today: string): Map<string, ParamVersion> {
  const out = new Map<string, ParamVersion>();
  for (const v of items) {
    if (v.status !== 'approved' || v.effectiveFrom > today || (v.effectiveTo && v.effectiveTo <= today))
      continue;
    const key = `${v.code}|${v.tierFrom}`;
    const seen = out.get(key);
    if (!seen || seen.effectiveFrom < v.effectiveFrom) out.set(key, v);
  }
  return out;
}

interface Draft {
  def: ParamDefinition;
  tierFrom: number;
  value: string | number;
  effectiveFrom: string;
  source: string;
  checked: boolean;
}

/**
 * Zone administrators (analysts read): the tax rates, exemption terms and check thresholds the
 * ledger and compliance use, with dates and sources. A new value is a new version that takes effect
 * once a second administrator approves it; unconfirmed values are marked until someone checks them.
 */
export function RatesPage() {
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  const me = useMe().data;
  const admin = hasRole(me, 'zone_admin');
  const params = useFinanceParams();
  const { propose, decide, confirm } = useFinanceParamActions();
  const valueText = useValueText();
  const [draft, setDraft] = useState<Draft | null>(null);
  const today = todayInTomsk();

  const header = <PageHeader title={t('zone.rates.title')} crumbs={[]} description={t('zone.rates.intro')} />;
  if (params.isPending)
    return (
      <>
        {header}
        <LoadingState rows={10} />
      </>
    );
  if (params.isError)
    return (
      <>
        {header}
        <ErrorState error={params.error} onRetry={() => void params.refetch()} />
      </>
    );

  const { definitions, items } = params.data;
  const current = inForce(items, today);
  const nameOf = (code: string) => {
    const d = definitions.find((x) => x.code === code);
    return d ? pick(lang, d.ru, d.en) : code;
  };
  const pending = items.filter((v) => v.status === 'proposed');
  const rows = definitions.flatMap((def) => {
    const tiers = [...current.values()]
      .filter((v) => v.code === def.code)
      .sort((a, b) => a.tierFrom - b.tierFrom);
    return tiers.length ? tiers.map((v) => ({ def, v })) : [{ def, v: null as ParamVersion | null }];
  });
  const unconfirmed = rows.filter((r) => r.v?.confidence === 'unconfirmed').length;

  const open = (def: ParamDefinition, v: ParamVersion | null) => {
    propose.reset();
    setDraft({
      def,
      tierFrom: v?.tierFrom ?? 1,
      value: !v
        ? ''
        : v.ratePercent !== null
          ? Number(v.ratePercent)
          : v.amountKopecks !== null
            ? toRoubles(v.amountKopecks)
            : (v.count ?? v.textValue ?? ''),
      effectiveFrom: `${Number(today.slice(0, 4)) + 1}-01-01`,
      source: '',
      checked: true,
    });
  };
  const send = () => {
    if (!draft) return;
    const { def, value } = draft;
    const filled = value !== '' && value !== null;
    propose.mutate(
      {
        // The definitions list the server's parameter codes (`ParamDefinitionView.code` is typed as any string).
        code: def.code as ParamCode,
        tierFrom: draft.tierFrom,
        ratePercent: def.kind === 'percent' && filled ? String(value) : null,
        amountKopecks: def.kind === 'kopecks' && filled ? toKopecks(value) : null,
        count: def.kind === 'count' && filled ? Number(value) : null,
        textValue: def.kind === 'text' && filled ? String(value) : null,
        effectiveFrom: draft.effectiveFrom,
        source: draft.source,
        confidence: draft.checked ? 'stated' : 'unconfirmed',
      },
      {
        onSuccess: () => {
          setDraft(null);
          notifications.show({ color: 'teal', message: t('zone.rates.proposed') });
        },
      },
    );
  };
  const errors = fieldErrorsOf(t, propose.error);
  const labels = {
    ratePercent: t('zone.rates.value'),
    amountKopecks: t('zone.rates.value'),
    count: t('zone.rates.value'),
    textValue: t('zone.rates.value'),
    effectiveFrom: t('zone.rates.effectiveFrom'),
    source: t('zone.rates.source'),
  };
  const valueError = errors.ratePercent ?? errors.amountKopecks ?? errors.count ?? errors.textValue;

  return (
    <>
      {header}
      <Stack gap="xl">
        {unconfirmed > 0 && (
          <Alert color="yellow" title={t('zone.rates.unconfirmedTitle', { count: unconfirmed })}>
            {t('zone.rates.unconfirmedText')}
          </Alert>
        )}
        {pending.length > 0 && (
          <Section title={t('zone.rates.pendingTitle')}>
            <ScrollTable minWidth={720}>
              <Table striped aria-label={t('zone.rates.pendingTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('zone.rates.param')}</Table.Th>
                    <Table.Th scope="col">{t('zone.rates.value')}</Table.Th>
                    <Table.Th scope="col">{t('zone.rates.effectiveFrom')}</Table.Th>
                    <Table.Th scope="col">{t('zone.rates.source')}</Table.Th>
                    <Table.Th scope="col">{t('zone.rates.decision')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pending.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>{nameOf(v.code)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{valueText(v)}</Table.Td>
                      <Table.Td>{formatDate(v.effectiveFrom)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{v.source}</Text>
                      </Table.Td>
                      <Table.Td>
                        {!admin ? (
                          <Text size="sm" c="dimmed">
                            {t('zone.rates.awaiting')}
                          </Text>
                        ) : v.proposedBy === me?.user.id ? (
                          <Text size="sm" c="dimmed">
                            {t('zone.rates.yours')}
                          </Text>
                        ) : (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              loading={decide.isPending}
                              onClick={() => decide.mutate({ id: v.id, decision: 'approve' })}
                            >
                              {t('zone.rates.approve')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => decide.mutate({ id: v.id, decision: 'reject' })}
                            >
                              {t('zone.rates.reject')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            {decide.isError && (
              <Alert color="red" role="alert">
                {zoneProblem(t, decide.error)}
              </Alert>
            )}
          </Section>
        )}
        <Section title={t('zone.rates.currentTitle', { date: formatDate(today) })}>
          <ScrollTable minWidth={760}>
            <Table
              striped
              aria-label={t('zone.rates.currentTitle', { date: formatDate(today) })}
              verticalSpacing={6}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('zone.rates.param')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.rates.value')}
                  </Table.Th>
                  <Table.Th scope="col">{t('zone.rates.effectiveFrom')}</Table.Th>
                  <Table.Th scope="col">{t('zone.rates.source')}</Table.Th>
                  {admin && <Table.Th scope="col">{t('zone.rates.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ def, v }) => (
                  <Table.Tr key={`${def.code}-${v?.tierFrom ?? 0}`}>
                    <Table.Td>
                      <Text size="sm">
                        {pick(lang, def.ru, def.en)}
                        {def.tiered && v && ` · ${t('zone.rates.tierFrom', { tier: v.tierFrom })}`}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {v ? valueText(v) : t('zone.ledger.rates.missing')}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {v ? formatDate(v.effectiveFrom) : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" span>
                        {v?.source ?? '—'}
                      </Text>{' '}
                      {v?.confidence === 'unconfirmed' && (
                        <Badge color="yellow" variant="light">
                          {t('zone.ledger.rates.unconfirmed')}
                        </Badge>
                      )}
                    </Table.Td>
                    {admin && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => open(def, v)}
                            aria-label={t('zone.rates.newVersionOf', { name: pick(lang, def.ru, def.en) })}
                          >
                            {t('zone.rates.newVersion')}
                          </Button>
                          {v?.confidence === 'unconfirmed' && (
                            <Button
                              size="xs"
                              variant="subtle"
                              loading={confirm.isPending && confirm.variables === v.id}
                              onClick={() => confirm.mutate(v.id)}
                              aria-label={t('zone.rates.confirmOf', { name: pick(lang, def.ru, def.en) })}
                            >
                              {t('zone.rates.confirm')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Section>
      </Stack>
      <Modal
        opened={draft !== null}
        onClose={() => setDraft(null)}
        title={draft ? t('zone.rates.modalTitle', { name: pick(lang, draft.def.ru, draft.def.en) }) : ''}
        size="lg"
      >
        {draft && (
          <Stack gap="md">
            <Text size="sm">{t('zone.rates.modalText')}</Text>
            <FormErrorSummary error={propose.error} labels={labels} />
            {propose.isError && !fieldErrorsOf(t, propose.error).source && !valueError && (
              <Alert color="red" role="alert">
                {zoneProblem(t, propose.error)}
              </Alert>
            )}
            {draft.def.tiered && (
              <NumberInput
                label={t('zone.rates.tier')}
                min={1}
                max={100}
                allowDecimal={false}
                value={draft.tierFrom}
                onChange={(v) => setDraft({ ...draft, tierFrom: Number(v) || 1 })}
              />
            )}
            {draft.def.kind === 'text' ? (
              <Select
                label={t('zone.rates.value')}
                withAsterisk
                data={(TEXT_VALUES[draft.def.code] ?? []).map((x) => ({
                  value: x,
                  label: t(`zone.rates.text.${x}`, { defaultValue: x }),
                }))}
                value={String(draft.value || '') || null}
                onChange={(v) => setDraft({ ...draft, value: v ?? '' })}
                error={valueError}
              />
            ) : (
              <NumberInput
                label={`${t('zone.rates.value')}${draft.def.kind === 'percent' ? ', %' : draft.def.kind === 'kopecks' ? ', ₽' : ''}`}
                withAsterisk
                min={0}
                allowNegative={false}
                allowDecimal={draft.def.kind !== 'count'}
                decimalScale={draft.def.kind === 'percent' ? 4 : 2}
                value={draft.value}
                onChange={(v) => setDraft({ ...draft, value: v })}
                error={valueError}
              />
            )}
            <TextInput
              type="date"
              label={t('zone.rates.effectiveFrom')}
              withAsterisk
              value={draft.effectiveFrom}
              onChange={(e) => setDraft({ ...draft, effectiveFrom: e.currentTarget.value })}
              error={errors.effectiveFrom}
            />
            <TextInput
              label={t('zone.rates.source')}
              description={t('zone.rates.sourceHelp')}
              withAsterisk
              value={draft.source}
              onChange={(e) => setDraft({ ...draft, source: e.currentTarget.value })}
              error={errors.source}
            />
            <Checkbox
              label={t('zone.rates.checked')}
              checked={draft.checked}
              onChange={(e) => setDraft({ ...draft, checked: e.currentTarget.checked })}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={send} loading={propose.isPending}>
                {t('zone.rates.propose')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
