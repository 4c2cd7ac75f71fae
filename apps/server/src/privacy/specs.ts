import { filesPersonalData } from '../lib/files/personal-data.ts';
import { mailPersonalData } from '../lib/mail/personal-data.ts';
import type { PersonalDataSpec } from '../lib/privacy/personal-data.ts';
import { directoryPersonalData } from '../modules/directory/index.ts';
import { identityPersonalData } from '../modules/identity/index.ts';
import { zonePersonalData } from '../modules/zone/index.ts';

/** Every module's personal-data tags, in one list (the export and the privacy gate test read it). */
export const allPersonalData: readonly PersonalDataSpec[] = [
  ...identityPersonalData,
  ...directoryPersonalData,
  ...zonePersonalData,
  ...mailPersonalData,
  ...filesPersonalData,
];
