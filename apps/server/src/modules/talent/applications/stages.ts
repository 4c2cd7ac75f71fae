import { type ApplicationStage, FINAL_STAGES } from '@inohub/contracts/talent/enums';

/**
 * How an application moves (docs/domain/talent.md, "Applications"). The pipeline is
 * new → screening → interview → offer → hired.
 * - The recruiter may move it forward to any later stage up to `offer` (a small company may invite
 *   to an interview straight away), but `hired` only from `offer`: nobody is hired without an offer.
 * - The recruiter may move it back exactly one step (new ← screening ← interview ← offer), to undo a
 *   slip on the board; the history keeps both moves.
 * - The recruiter may reject it from any stage that is not final.
 * - The student may withdraw it from any stage that is not final.
 * - `hired`, `rejected` and `withdrawn` are final: nothing moves it again (409).
 */
export const PIPELINE = [
  'new',
  'screening',
  'interview',
  'offer',
  'hired',
] as const satisfies readonly ApplicationStage[];

export const isFinal = (stage: ApplicationStage) => FINAL_STAGES.includes(stage);

/** The stages a recruiter may move an application to from `from`, in pipeline order. */
export function recruiterMoves(from: ApplicationStage): ApplicationStage[] {
  if (isFinal(from)) return [];
  const i = PIPELINE.indexOf(from as (typeof PIPELINE)[number]);
  const moves: ApplicationStage[] = [];
  if (i > 0) moves.push(PIPELINE[i - 1] as ApplicationStage);
  for (let j = i + 1; j < PIPELINE.length; j++) {
    const to = PIPELINE[j] as ApplicationStage;
    if (to === 'hired' && from !== 'offer') continue;
    moves.push(to);
  }
  moves.push('rejected');
  return moves;
}

/** The stages the applicant may move it to: withdraw, while it is not final. */
export const applicantMoves = (from: ApplicationStage): ApplicationStage[] =>
  isFinal(from) ? [] : ['withdrawn'];

export type MoveCheck = { ok: true } | { ok: false; reason: 'final' | 'not_allowed' | 'same' };

export function checkMove(
  by: 'recruiter' | 'applicant',
  from: ApplicationStage,
  to: ApplicationStage,
): MoveCheck {
  if (isFinal(from)) return { ok: false, reason: 'final' };
  if (from === to) return { ok: false, reason: 'same' };
  const allowed = by === 'recruiter' ? recruiterMoves(from) : applicantMoves(from);
  return allowed.includes(to) ? { ok: true } : { ok: false, reason: 'not_allowed' };
}
