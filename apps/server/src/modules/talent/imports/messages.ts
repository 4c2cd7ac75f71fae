import { IMPORT_COLUMN_TITLES } from '@inohub/contracts/talent/imports';

// The messages of import errors, in Russian and English (docs/domain/talent.md, "Imports"). The
// stored record keeps only row, column, code and value; the message is rendered in the language of
// whoever reads it, so a record made by a Russian-speaking user reads in English to an English one.

export type Locale = 'ru' | 'en';

export const localeOf = (locale: string | null | undefined): Locale =>
  locale?.startsWith('en') ? 'en' : 'ru';

export const IMPORT_ERROR_CODES = [
  'unsupported_file',
  'unreadable_file',
  'csv_syntax',
  'empty_file',
  'too_many_rows',
  'missing_column',
  'unknown_column',
  'duplicate_column',
  'required',
  'too_long',
  'invalid_email',
  'invalid_year',
  'years_order',
  'invalid_date',
  'future_date',
  'invalid_degree',
  'invalid_status',
  'invalid_outcome_status',
  'invalid_program_code',
  'unknown_skill',
  'duplicate_in_file',
  'duplicate_email_in_file',
  'email_taken',
  'unknown_student',
  'invalid_inn',
  'invalid_region',
  'invalid_country',
  'invalid_boolean',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

type Text = (column: string, value: string | undefined) => string;

const MESSAGES: Record<ImportErrorCode, { ru: Text; en: Text }> = {
  unsupported_file: {
    ru: () => 'Файл не похож на таблицу: пришлите CSV или XLSX',
    en: () => 'This is not a spreadsheet: send a CSV or XLSX file',
  },
  unreadable_file: {
    ru: () => 'Не удалось прочитать XLSX: файл повреждён или это другой формат',
    en: () => 'The XLSX file cannot be read: it is damaged or of another format',
  },
  csv_syntax: {
    ru: () => 'Ошибка в CSV: незакрытая кавычка или лишний символ в этой строке',
    en: () => 'CSV syntax error: an unclosed quote or a stray character on this row',
  },
  empty_file: {
    ru: () => 'В файле нет строк с данными',
    en: () => 'The file has no data rows',
  },
  too_many_rows: {
    ru: (_c, v) => `Слишком много строк: не больше ${v} за один файл`,
    en: (_c, v) => `Too many rows: at most ${v} per file`,
  },
  missing_column: {
    ru: (c) => `Нет обязательного столбца «${c}»`,
    en: (c) => `The required column "${c}" is missing`,
  },
  unknown_column: {
    ru: () => 'Неизвестный столбец: переименуйте его по шаблону или удалите',
    en: () => 'Unknown column: rename it as in the template or remove it',
  },
  duplicate_column: {
    ru: (c) => `Столбец «${c}» встречается дважды`,
    en: (c) => `The column "${c}" appears twice`,
  },
  required: { ru: (c) => `Заполните «${c}»`, en: (c) => `"${c}" is required` },
  too_long: { ru: (c) => `Слишком длинное значение в «${c}»`, en: (c) => `"${c}" is too long` },
  invalid_email: {
    ru: () => 'Неверный адрес эл. почты',
    en: () => 'Not a valid email address',
  },
  invalid_year: {
    ru: (c) => `«${c}»: укажите год числом от 1950 до 2100`,
    en: (c) => `"${c}": give a year between 1950 and 2100`,
  },
  years_order: {
    ru: () => 'Год выпуска раньше года поступления',
    en: () => 'The graduation year is before the start year',
  },
  invalid_date: {
    ru: (c) => `«${c}»: укажите дату в виде ДД.ММ.ГГГГ или ГГГГ-ММ-ДД`,
    en: (c) => `"${c}": give a date as DD.MM.YYYY or YYYY-MM-DD`,
  },
  future_date: { ru: () => 'Дата сведений в будущем', en: () => 'The date is in the future' },
  invalid_degree: {
    ru: () => 'Уровень: бакалавриат, специалитет, магистратура, аспирантура или СПО',
    en: () => 'Degree: bachelor, specialist, master, phd or vocational',
  },
  invalid_status: {
    ru: () => 'Статус: «студент» или «выпускник»',
    en: () => 'Status: "student" or "graduate"',
  },
  invalid_outcome_status: {
    ru: () =>
      'Статус: работает, самозанятый, предприниматель, продолжает обучение, служба в армии, декретный отпуск или не работает',
    en: () =>
      'Status: employed, self_employed, entrepreneur, further_study, military, parental_leave or unemployed',
  },
  invalid_program_code: {
    ru: () => 'Код направления по ОКСО в виде 09.03.01',
    en: () => 'Programme code as in the OKSO classifier, e.g. 09.03.01',
  },
  unknown_skill: {
    ru: (_c, v) => `Навык «${v}» не найден в справочнике навыков`,
    en: (_c, v) => `The skill "${v}" is not in the skills taxonomy`,
  },
  duplicate_in_file: {
    ru: () => 'Эта запись уже есть выше в файле',
    en: () => 'This record already appears above in the file',
  },
  duplicate_email_in_file: {
    ru: () => 'Этот адрес уже указан у другого студента выше в файле',
    en: () => 'This address is already given for another student above in the file',
  },
  email_taken: {
    ru: () => 'Этот адрес принадлежит профилю другого студента или университета',
    en: () => "This address belongs to another student's or university's profile",
  },
  unknown_student: {
    ru: () => 'Студента с таким номером нет: сначала импортируйте профили',
    en: () => 'No student with this number: import the profiles first',
  },
  invalid_inn: {
    ru: () => 'ИНН: 10 цифр для организации или 12 для ИП',
    en: () => 'INN: 10 digits for an organization or 12 for a sole trader',
  },
  invalid_region: {
    ru: () => 'Код региона в виде RU-TOM (ISO 3166-2), только для России',
    en: () => 'Region code as RU-TOM (ISO 3166-2), for Russia only',
  },
  invalid_country: {
    ru: () => 'Страна: двухбуквенный код ISO 3166-1, например RU или KZ',
    en: () => 'Country: a two-letter ISO 3166-1 code such as RU or KZ',
  },
  invalid_boolean: {
    ru: () => 'Укажите «да» или «нет»',
    en: () => 'Give "yes" or "no"',
  },
};

/** The title of a column in a language (the key when the column has no title). */
export function columnTitle(column: string, locale: Locale): string {
  return IMPORT_COLUMN_TITLES[column]?.[locale] ?? column;
}

export function errorMessage(
  code: string,
  column: string,
  value: string | undefined,
  locale: Locale,
): string {
  const m = MESSAGES[code as ImportErrorCode];
  if (!m) return code;
  return m[locale](columnTitle(column, locale), value);
}
