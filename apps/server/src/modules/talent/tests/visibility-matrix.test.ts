import type { Visibility } from '@inohub/contracts/talent/enums';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { call, ok, PDF, type TalentWorld, talentWorld, upload } from './fixtures.ts';

// Who sees which profile, through the HTTP routes (docs/domain/talent.md, "Visibility").
// Each cell: what GET /api/talent/profiles/:id answers (the access it grants, or 404), whether the
// profile is in GET /api/talent/profiles, and what the CV download answers.

type Viewer =
  | 'anonymous'
  | 'student'
  | 'recruiterA'
  | 'recruiterB'
  | 'careerOffice'
  | 'otherCareerOffice'
  | 'admin'
  | 'owner';
type Cell = { read: 'owner' | 'full' | 'public' | 404; listed: boolean; cv: 200 | 404 };

const none: Cell = { read: 404, listed: false, cv: 404 };
const pub: Cell = { read: 'public', listed: true, cv: 404 };
const full: Cell = { read: 'full', listed: true, cv: 200 };
const own: Cell = { read: 'owner', listed: true, cv: 200 };

// recruiterA: recruiter of company A, an approved employer; recruiterB: of company B, pending.
// careerOffice: of the profiles' university; otherCareerOffice: of another university.
const MATRIX: Record<Viewer, Record<Visibility, Cell>> = {
  //                    public  recruiters  hidden
  anonymous: /*      */ { public: pub, recruiters: none, hidden: none },
  student: /*        */ { public: pub, recruiters: none, hidden: none },
  recruiterA: /*     */ { public: full, recruiters: full, hidden: none },
  recruiterB: /*     */ { public: pub, recruiters: none, hidden: none },
  careerOffice: /*   */ { public: full, recruiters: full, hidden: full },
  otherCareerOffice: { public: pub, recruiters: none, hidden: none },
  admin: /*          */ { public: full, recruiters: full, hidden: none },
  owner: /*          */ { public: own, recruiters: own, hidden: own },
};

describe('profile visibility matrix (HTTP)', () => {
  let t: TestApp;
  let w: TalentWorld;
  const listed = new Map<Viewer, Set<string>>();

  const who = (viewer: Viewer, visibility: Visibility): SignedIn | null =>
    viewer === 'anonymous' ? null : viewer === 'owner' ? w.profiles[visibility].user : w[viewer];

  beforeAll(async () => {
    t = await createTestApp();
    w = await talentWorld(t);
    for (const visibility of ['public', 'recruiters', 'hidden'] as const) {
      const p = w.profiles[visibility];
      ok(await upload(t, p.user, 'PUT', '/api/talent/profiles/me/cv', `cv-${visibility}.pdf`, PDF));
    }
    for (const viewer of Object.keys(MATRIX) as Viewer[]) {
      for (const visibility of ['public', 'recruiters', 'hidden'] as const) {
        const page = ok(
          await call(
            t,
            who(viewer, visibility),
            'GET',
            `/api/talent/profiles?universityId=${w.universityId}&pageSize=100`,
          ),
        );
        const ids = listed.get(viewer) ?? new Set<string>();
        for (const item of page.items as Array<{ id: string }>) {
          // The owner's list shows their own profile; only the looked-at one counts here.
          if (viewer !== 'owner' || item.id === w.profiles[visibility].profileId) ids.add(item.id);
        }
        listed.set(viewer, ids);
      }
    }
  });
  afterAll(async () => t.close());

  for (const [viewer, row] of Object.entries(MATRIX) as Array<[Viewer, Record<Visibility, Cell>]>) {
    for (const [visibility, cell] of Object.entries(row) as Array<[Visibility, Cell]>) {
      it(`${viewer} × ${visibility}: read ${cell.read}, ${cell.listed ? 'listed' : 'not listed'}, CV ${cell.cv}`, async () => {
        const profile = w.profiles[visibility];
        const user = who(viewer, visibility);

        const res = await call(t, user, 'GET', `/api/talent/profiles/${profile.profileId}`);
        if (cell.read === 404) {
          expect(res.statusCode, res.body).toBe(404);
        } else {
          const view = ok(res);
          expect(view.access).toBe(cell.read);
          expect(view.editable).toBe(cell.read === 'owner');
          if (cell.read === 'public') {
            expect(view.email).toBeNull();
            expect(view.cv).toBeNull();
          } else {
            expect(view.email).toBe(profile.user.email);
            expect(view.cv?.url).toBe(`/api/talent/profiles/${profile.profileId}/cv`);
          }
        }

        expect(listed.get(viewer)?.has(profile.profileId) ?? false).toBe(cell.listed);

        const cv = await call(t, user, 'GET', `/api/talent/profiles/${profile.profileId}/cv`);
        expect(cv.statusCode, cv.body).toBe(cell.cv);
        if (cell.cv === 200) {
          expect(cv.headers['content-type']).toBe('application/pdf');
          expect(cv.rawPayload.equals(PDF)).toBe(true);
        }
      });
    }
  }
});
