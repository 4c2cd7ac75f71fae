import { forbidden } from '../../../lib/errors.ts';

/**
 * Four-eyes on finance parameters (docs/domain/zone.md, "benefits"): a value that changes every
 * resident's ledger takes a second zone administrator, never its proposer.
 */
export function assertNotProposer(version: { proposedBy: string | null }, actorId: string | null): void {
  if (version.proposedBy && version.proposedBy === actorId)
    throw forbidden('A second zone administrator must decide on this change', 'zone.four_eyes');
}
