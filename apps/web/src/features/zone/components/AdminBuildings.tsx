import type { Wire } from '@inohub/contracts/wire';
import type { SiteView } from '@inohub/contracts/zone/sites';
import { Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../../components/Section.tsx';
import { todayInTomsk } from '../../../lib/format.ts';
import { useSite } from '../api/useSite.ts';
import { useZone } from '../api/useZone.ts';
import { pick } from './names.ts';

function SiteBuildings({ site }: { site: Wire<typeof SiteView> }) {
  const { i18n } = useTranslation('zone');
  const detail = useSite(site.id);
  const lang = i18n.language;
  return (
    <Stack gap={4}>
      <Text fw={600}>{pick(lang, site.nameRu, site.nameEn)}</Text>
      <List size="sm" spacing={2}>
        {(detail.data?.buildings ?? []).map((b) => (
          <List.Item key={b.id}>
            <Anchor component={Link} to={`/zone/space/buildings/${b.id}`}>
              {pick(lang, b.nameRu, b.nameEn)}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Zone admin: a way into the occupancy of every building, and the rent roll. */
export function AdminBuildings() {
  const { t, i18n } = useTranslation('zone');
  const zone = useZone();
  return (
    <Section
      framed
      title={t('zone.occupancy.adminTitle')}
      actions={
        <Button
          component="a"
          href={`/api/zone/rent-roll.xlsx?on=${todayInTomsk()}&locale=${i18n.language === 'en' ? 'en' : 'ru'}`}
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
        >
          {t('zone.occupancy.rentRoll')}
        </Button>
      }
    >
      <Group align="flex-start" gap="xl">
        {(zone.data?.sites ?? []).map((s) => (
          <SiteBuildings key={s.id} site={s} />
        ))}
      </Group>
    </Section>
  );
}
