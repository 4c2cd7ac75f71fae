import { IMPORT_COLUMN_TITLES, IMPORT_COLUMNS, type ImportKind } from '@inohub/contracts/talent/imports';
import ExcelJS from 'exceljs';
import type { Db } from '../../../lib/db/types.ts';
import { csvFile, neutralizeCell } from '../../../lib/spreadsheet-safety.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { organizationFactsMany, organizationsOfKind } from '../directory-port.ts';
import type { TalentViewer } from '../policy.ts';
import { columnTitle, type Locale } from './messages.ts';
import * as repo from './repo.ts';
import { assertCareerOffice } from './service.ts';

// The template and the export of a university's profiles (docs/domain/talent.md, "Imports"). The
// export has the import's columns, so a career office can export, correct and import back.

type Cell = string | number | null;

async function workbookOf(sheetName: string, rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Inohub';
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r.map((c) => (typeof c === 'string' ? neutralizeCell(c) : c)));
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c) => {
    c.width = 22;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const fileOf = async (format: 'csv' | 'xlsx', sheetName: string, rows: Cell[][]) =>
  format === 'csv' ? csvFile(rows) : workbookOf(sheetName, rows);

const EXAMPLES: Record<ImportKind, Record<string, string>> = {
  profiles: {
    student_number: '2021-ИВТ-0042',
    full_name: 'Иванова Мария Петровна',
    email: 'm.ivanova@example.ru',
    faculty: 'Факультет вычислительных систем',
    program: 'Информатика и вычислительная техника',
    program_code: '09.03.01',
    degree: 'бакалавриат',
    study_start_year: '2021',
    graduation_year: '2025',
    status: 'выпускник',
    city: 'Томск',
    skills: 'Python; SQL',
  },
  outcomes: {
    student_number: '2021-ИВТ-0042',
    status: 'работает',
    observed_on: '01.03.2026',
    employer_name: 'ООО «Пример»',
    employer_inn: '7017000000',
    city: 'Томск',
    region_code: 'RU-TOM',
    country: 'RU',
    occupation: 'Инженер-программист',
    in_profile: 'да',
  },
};

/** The template: headers in Russian and English (`Русский / English`, both are read back) and one example row. */
export function templateRows(kind: ImportKind): Cell[][] {
  const keys = IMPORT_COLUMNS[kind].map((c) => c.key);
  const header = keys.map((k) => {
    const t = IMPORT_COLUMN_TITLES[k];
    return t ? `${t.ru} / ${t.en}` : k;
  });
  return [header, keys.map((k) => EXAMPLES[kind][k] ?? '')];
}

/** Every profile of the university, with the import's columns and titles in the caller's language. */
export async function exportProfiles(
  db: Db,
  audit: AuditContext,
  viewer: TalentViewer,
  locale: Locale,
  universityId: string,
): Promise<Cell[][]> {
  assertCareerOffice(viewer, universityId);
  const keys = IMPORT_COLUMNS.profiles.map((c) => c.key);
  const profiles = await repo.profilesOfUniversity(db, universityId);
  const rows: Cell[][] = [keys.map((k) => columnTitle(k, locale))];
  for (const p of profiles) {
    rows.push([
      p.studentNumber,
      p.fullName,
      p.email,
      p.faculty,
      p.program,
      p.programCode,
      p.degree,
      p.studyStartYear,
      p.graduationYear,
      p.status,
      p.city,
      p.skills.join('; '),
    ]);
  }
  // Personal data of many people leaves the system: the export is audited (docs/domain/talent.md, "Imports").
  await recordAudit(db, audit, {
    action: 'talent.profiles_exported',
    objectType: 'organization',
    objectId: universityId,
    details: { rows: profiles.length },
  });
  return rows;
}

/** The universities the viewer may import for: their career offices', or, for administrators, every one with data. */
export async function careerOfficeUniversities(db: Db, viewer: TalentViewer) {
  // Administrators act for every university in the directory; a career office for its own.
  const facts = viewer.isAdmin
    ? await organizationsOfKind(db, 'university')
    : [...(await organizationFactsMany(db, [...viewer.careerOfficeOf])).values()];
  const universities = facts
    .filter((f) => f.kind === 'university')
    .map((f) => ({ id: f.id, name: f.name, nameEn: f.nameEn }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  return { universities };
}
