import type { Db } from '../../lib/db/types.ts';

/**
 * What the talent module needs from modules it may not import (docs/ARCHITECTURE.md: the zone and
 * the talent module are peers). modules.ts wires these to the other modules' exported functions;
 * tests may pass their own.
 */
export interface TalentPorts {
  /** Organizations on the zone's register of residents: "a job at a zone resident" in the retention figures. */
  zoneResidentOrganizationIds(db: Db): Promise<ReadonlySet<string>>;
}

/** Without a zone module the participation "job at a zone resident" has no source and shows as such. */
export const NO_PORTS: TalentPorts = {
  zoneResidentOrganizationIds: async () => new Set(),
};
