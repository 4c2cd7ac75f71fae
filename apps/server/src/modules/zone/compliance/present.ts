import type { CaseView } from '@inohub/contracts/zone/compliance';
import { allowedStatuses } from './case-states.ts';
import type { CaseRow } from './repo.ts';

/** A case as the API shows it: with the statuses it may move to, so the UI offers only those. */
export const caseView = <T extends CaseRow>(row: T): T & Pick<CaseView, 'allowedStatuses'> => ({
  ...row,
  allowedStatuses: allowedStatuses(row.status),
});
