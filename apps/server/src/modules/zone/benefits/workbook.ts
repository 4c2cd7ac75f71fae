import type { LedgerEntry, Tax } from '@inohub/contracts/zone/benefits';
import ExcelJS from 'exceljs';
import { neutralizeCell } from '../../../lib/spreadsheet-safety.ts';

const rub = (kopecks: number) => Math.round(kopecks) / 100;

/** The ledger summary as a workbook; every text cell is neutralised against formula injection. */
export async function ledgerWorkbook(entries: readonly LedgerEntry[], year: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Inohub';
  const ws = wb.addWorksheet(`Ledger ${year}`);
  ws.columns = [
    { header: 'Resident / Резидент', key: 'name', width: 40 },
    { header: 'Year / Год', key: 'year', width: 8 },
    { header: 'k', key: 'k', width: 5 },
    { header: 'Profit, RUB / Прибыль', key: 'profit', width: 16 },
    { header: 'Property, RUB / Имущество', key: 'property', width: 16 },
    { header: 'Land, RUB / Земля', key: 'land', width: 14 },
    { header: 'Transport, RUB / Транспорт', key: 'transport', width: 14 },
    { header: 'Insurance, RUB / Взносы', key: 'insurance', width: 16 },
    { header: 'Benefits applied, RUB / Льготы', key: 'total', width: 18 },
    { header: 'Capex, RUB / Капвложения', key: 'capex', width: 16 },
    { header: 'R&D, RUB / НИОКР', key: 'rnd', width: 16 },
    { header: 'Planned capex + R&D, RUB / План', key: 'planned', width: 18 },
    { header: 'Proportionality / Соразмерность', key: 'status', width: 18 },
    { header: 'Closed / Закрыт', key: 'closed', width: 10 },
  ];
  for (const e of entries) {
    const line = (tax: Tax) => rub(e.lines.find((l) => l.tax === tax)?.applied ?? 0);
    ws.addRow({
      name: neutralizeCell(e.organizationName),
      year: e.year,
      k: e.taxPeriodIndex,
      profit: line('profit'),
      property: line('property'),
      land: line('land'),
      transport: line('transport'),
      insurance: line('insurance'),
      total: rub(e.totals.applied),
      capex: rub(e.commitments.actualCapexKopecks),
      rnd: rub(e.commitments.actualRndKopecks),
      planned: rub(e.commitments.plannedCapexKopecks + e.commitments.plannedRndKopecks),
      status: neutralizeCell(e.proportionality.status),
      closed: e.provisional ? 'no' : 'yes',
    });
  }
  ws.getRow(1).font = { bold: true };
  for (const key of [
    'profit',
    'property',
    'land',
    'transport',
    'insurance',
    'total',
    'capex',
    'rnd',
    'planned',
  ])
    ws.getColumn(key).numFmt = '#,##0.00';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
