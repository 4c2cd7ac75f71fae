import type { PersonalDataSpec } from '../privacy/personal-data.ts';
import { mailOutbox } from './outbox.tables.ts';

/** Mail sent to a person: found by their address (mail also goes to addresses without an account). */
export const mailPersonalData: PersonalDataSpec[] = [
  {
    table: mailOutbox,
    subject: { by: 'email', column: mailOutbox.toAddress },
    fields: { toAddress: { purpose: 'communication', retention: 'one_year' } },
    context: ['subject', 'template', 'status', 'createdAt'],
  },
];
