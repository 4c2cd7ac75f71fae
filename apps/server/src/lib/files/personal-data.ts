import type { PersonalDataSpec } from '../privacy/personal-data.ts';
import { storedFiles } from './files.tables.ts';

/**
 * An upload's original name may name a person ("Иванов_паспорт.pdf"); the file belongs to the
 * record that refers to it (an application document, a photo), so it is found through that record.
 */
export const filesPersonalData: PersonalDataSpec[] = [
  {
    table: storedFiles,
    subject: null,
    fields: { originalName: { purpose: 'accountability', retention: 'record_lifetime' } },
  },
];
