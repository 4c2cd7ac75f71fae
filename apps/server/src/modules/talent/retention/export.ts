import { GEO_BUCKETS } from '@inohub/contracts/talent/enums';
import type { RetentionCell, RetentionView } from '@inohub/contracts/talent/retention';
import ExcelJS from 'exceljs';
import { csvFile, neutralizeCell } from '../../../lib/spreadsheet-safety.ts';

// The dashboard as a table to download (docs/domain/talent.md, "Retention"): the same figures,
// suppressed cells marked, headers in the caller's language, text cells neutralized.

type Locale = 'ru' | 'en';

const T = {
  ru: {
    section: 'Раздел',
    group: 'Группа',
    horizon: 'Месяцев после выпуска',
    graduates: 'Выпускников',
    employed: 'Трудоустроено',
    inRegion: 'В Томской области',
    share: 'Доля в регионе',
    note: 'Примечание',
    suppressed: 'скрыто: меньше 5 человек',
    noSource: 'нет источника данных',
    total: 'Итого',
    rows: 'Строки',
    trend: 'Динамика (12 месяцев)',
    outflow: 'География (12 месяцев)',
    buckets: {
      tomsk: 'Томская область',
      siberia: 'Другие регионы Сибири',
      moscow_spb: 'Москва и Санкт-Петербург',
      other_russia: 'Другие регионы России',
      cis: 'СНГ',
      abroad: 'Дальнее зарубежье',
    },
    cohort: 'Выпуск',
  },
  en: {
    section: 'Section',
    group: 'Group',
    horizon: 'Months after graduation',
    graduates: 'Graduates',
    employed: 'Employed',
    inRegion: 'In the Tomsk region',
    share: 'Share in the region',
    note: 'Note',
    suppressed: 'suppressed: fewer than 5 people',
    noSource: 'no data source',
    total: 'Total',
    rows: 'Rows',
    trend: 'Trend (12 months)',
    outflow: 'Geography (12 months)',
    buckets: {
      tomsk: 'Tomsk region',
      siberia: 'Elsewhere in Siberia',
      moscow_spb: 'Moscow and St Petersburg',
      other_russia: 'Other Russian regions',
      cis: 'CIS',
      abroad: 'Elsewhere abroad',
    },
    cohort: 'Class of',
  },
} as const;

type Line = Array<string | number | null>;

/** The table: one line per (section, group, horizon), then the outflow slices. */
export function retentionTable(view: RetentionView, locale: Locale): { header: string[]; lines: Line[] } {
  const t = T[locale];
  const header = [t.section, t.group, t.horizon, t.graduates, t.employed, t.inRegion, t.share, t.note];
  const lines: Line[] = [];
  const cellLine = (section: string, group: string, c: RetentionCell, noSource = false): Line => [
    section,
    group,
    c.horizon,
    c.graduates,
    c.employed,
    c.inRegion,
    c.share === null ? null : Math.round(c.share * 1000) / 1000,
    noSource ? t.noSource : c.suppressed ? t.suppressed : null,
  ];
  for (const c of view.total) lines.push(cellLine(t.total, t.total, c));
  for (const row of view.rows)
    for (const c of row.cells)
      lines.push(cellLine(t.rows, locale === 'en' ? row.labelEn : row.labelRu, c, row.noSource));
  for (const p of view.trend) lines.push(cellLine(t.trend, `${t.cohort} ${p.cohort}`, p.cell));
  for (const bucket of GEO_BUCKETS) {
    const s = view.outflow.find((o) => o.bucket === bucket);
    if (!s) continue;
    lines.push([
      t.outflow,
      t.buckets[bucket],
      12,
      null,
      s.count,
      null,
      s.share === null ? null : Math.round(s.share * 1000) / 1000,
      s.suppressed ? t.suppressed : null,
    ]);
  }
  return { header, lines };
}

export function retentionCsv(view: RetentionView, locale: Locale): Buffer {
  const { header, lines } = retentionTable(view, locale);
  return csvFile([header, ...lines]);
}

export async function retentionXlsx(view: RetentionView, locale: Locale): Promise<Buffer> {
  const { header, lines } = retentionTable(view, locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Inohub';
  const ws = wb.addWorksheet(locale === 'en' ? 'Retention' : 'Закрепление');
  ws.addRow(header.map(neutralizeCell)).font = { bold: true };
  for (const line of lines) ws.addRow(line.map((v) => (typeof v === 'string' ? neutralizeCell(v) : v)));
  ws.columns.forEach((col, i) => {
    col.width = i === 1 ? 40 : 18;
  });
  ws.getColumn(7).numFmt = '0.0%';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
