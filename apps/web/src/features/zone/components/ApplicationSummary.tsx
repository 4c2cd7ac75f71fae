import type { Wire } from '@inohub/contracts/wire';
import type { ApplicationDetailView } from '@inohub/contracts/zone/applications';
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatArea, formatNumber } from '../../../lib/format.ts';
import { useActivities } from '../api/useActivities.ts';
import { Facts } from './Facts.tsx';
import { pick } from './names.ts';

/** What the applicant asked for, read only. */
export function ApplicationSummary({ application: a }: { application: Wire<typeof ApplicationDetailView> }) {
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  const activities = useActivities(a.zoneId);
  const name = (code: string) => {
    const x = activities.data?.find((y) => y.code === code);
    return x ? `${pick(lang, x.nameRu, x.nameEn)} (${code})` : code;
  };
  const num = (v: number | null, unit: string) => (v === null ? '—' : `${formatNumber(v, lang)} ${unit}`);
  const space = [
    a.requestedUnitIds.length
      ? t('zone.application.unitsRequested', { count: a.requestedUnitIds.length })
      : null,
    a.requestedAreaM2 ? formatArea(a.requestedAreaM2, lang) : null,
    a.requestedUnitKind ? t(`zone.unitKind.${a.requestedUnitKind}`) : null,
    a.requestedLandHa ? num(a.requestedLandHa, t('zone.units.ha')) : null,
  ].filter(Boolean);
  return (
    <Facts
      label={t('zone.application.summary')}
      rows={[
        [
          t('zone.apply.fields.activityDescription'),
          a.activityDescription ? (
            <Text key="d" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {a.activityDescription}
            </Text>
          ) : (
            '—'
          ),
        ],
        [
          t('zone.apply.fields.declaredActivities'),
          a.declaredActivities.length ? (
            <List key="a" size="sm">
              {a.declaredActivities.map((c) => (
                <List.Item key={c}>{name(c)}</List.Item>
              ))}
            </List>
          ) : (
            '—'
          ),
        ],
        [
          t('zone.apply.fields.focusArea'),
          a.focusArea ? t(`zone.focus.${a.focusArea}`, { defaultValue: a.focusArea }) : '—',
        ],
        [t('zone.apply.steps.space'), space.length ? space.join(' · ') : '—'],
        [t('zone.apply.fields.powerKw'), num(a.utilities.powerKw, t('zone.units.kw'))],
        [t('zone.apply.fields.waterM3PerDay'), num(a.utilities.waterM3PerDay, t('zone.units.m3day'))],
        [t('zone.apply.fields.gasM3PerHour'), num(a.utilities.gasM3PerHour, t('zone.units.m3hour'))],
        [
          t('zone.apply.fields.proportionalityShort'),
          a.proportionalityAcknowledged ? t('zone.filters.yes') : t('zone.filters.no'),
        ],
      ]}
    />
  );
}
