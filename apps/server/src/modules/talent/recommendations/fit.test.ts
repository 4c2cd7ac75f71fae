import { describe, expect, it } from 'vitest';
import {
  byFit,
  FIT_WEIGHTS,
  type FitPosting,
  type FitProfile,
  fit,
  isTomskRegion,
  localityPart,
  normaliseRank,
  reasonsOf,
  skillPart,
  textPart,
} from './fit.ts';

// docs/domain/talent.md, "Fit".

const profile = (p: Partial<FitProfile> = {}): FitProfile => ({
  skills: [],
  city: null,
  prefersRegion: false,
  openToRelocation: false,
  openToRemote: false,
  status: 'student',
  ...p,
});
const posting = (p: Partial<FitPosting> = {}): FitPosting => ({
  kind: 'job',
  requiredSkills: [],
  niceSkills: [],
  city: 'Томск',
  remote: false,
  ...p,
});
const noText = { postingByProfile: 0, profileByPosting: 0 };

describe('skill part', () => {
  it('counts required skills matched of required, nice ones as a quarter', () => {
    const s = skillPart(['a', 'b', 'c', 'd', 'e', 'x'], {
      requiredSkills: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      niceSkills: ['x', 'y'],
    });
    expect(s).toMatchObject({ requiredMatched: 5, requiredOf: 7, niceMatched: 1, niceOf: 2 });
    expect(s.value).toBeCloseTo(0.75 * (5 / 7) + 0.25 * 0.5, 10);
  });
  it('uses the required share alone without nice skills, and nice alone without required', () => {
    expect(skillPart(['a'], { requiredSkills: ['a', 'b'], niceSkills: [] }).value).toBe(0.5);
    expect(skillPart(['y'], { requiredSkills: [], niceSkills: ['x', 'y'] }).value).toBe(0.5);
    expect(skillPart(['a'], { requiredSkills: [], niceSkills: [] }).value).toBe(0);
  });
  it('does not count a skill both required and nice twice, nor duplicates', () => {
    const s = skillPart(['a'], { requiredSkills: ['a', 'a'], niceSkills: ['a'] });
    expect(s).toMatchObject({ requiredMatched: 1, requiredOf: 1, niceOf: 0 });
    expect(s.value).toBe(1);
  });
});

describe('text part', () => {
  it('maps ts_rank to 0..1, keeping order, half-way at 0.1', () => {
    expect(normaliseRank(0)).toBe(0);
    expect(normaliseRank(0.1)).toBe(0.5);
    expect(normaliseRank(0.3)).toBeGreaterThan(normaliseRank(0.2));
    expect(normaliseRank(1e9)).toBeLessThanOrEqual(1);
    expect(normaliseRank(Number.NaN)).toBe(0);
    expect(textPart({ postingByProfile: 0.1, profileByPosting: 0 })).toBe(0.25);
  });
});

describe('locality part', () => {
  it('scores the best situation that applies', () => {
    const stay = profile({ prefersRegion: true, city: 'Томск' });
    expect(localityPart(stay, posting({ city: 'Северск' }))).toBe(1);
    expect(localityPart(stay, posting({ city: 'Новосибирск' }))).toBe(0);
    expect(localityPart(stay, posting({ city: 'Новосибирск', remote: true }))).toBe(0.4);
    expect(localityPart(profile({ city: 'Омск' }), posting({ city: 'омск' }))).toBe(1);
    expect(localityPart(profile({ city: 'Омск', openToRelocation: true }), posting())).toBe(0.6);
    expect(localityPart(profile({ city: 'Омск' }), posting())).toBe(0.1);
    expect(localityPart(profile({ openToRemote: true }), posting({ city: null, remote: true }))).toBe(0.8);
    expect(localityPart(profile(), posting({ city: null, remote: false }))).toBe(0);
  });
  it('knows the towns of the Tomsk region in both languages', () => {
    expect(isTomskRegion('Томск')).toBe(true);
    expect(isTomskRegion(' tomsk ')).toBe(true);
    expect(isTomskRegion('Стрежевой')).toBe(true);
    expect(isTomskRegion('Новосибирск')).toBe(false);
    expect(isTomskRegion(null)).toBe(false);
  });
});

describe('fit and reasons', () => {
  it('is the weighted sum of the parts', () => {
    const p = profile({ skills: ['a', 'b'], city: 'Томск', prefersRegion: true });
    const o = posting({ requiredSkills: ['a', 'b', 'c', 'd'] });
    const f = fit(p, o, { postingByProfile: 0.1, profileByPosting: 0.1 });
    expect(f).toMatchObject({ skills: 0.5, text: 0.5, locality: 1, requiredMatched: 2 });
    expect(f.score).toBeCloseTo(FIT_WEIGHTS.skills * 0.5 + FIT_WEIGHTS.text * 0.5 + FIT_WEIGHTS.locality, 4);
    expect(FIT_WEIGHTS.skills + FIT_WEIGHTS.text + FIT_WEIGHTS.locality).toBeCloseTo(1, 10);
  });
  it('lets locality break a tie of skills and text', () => {
    const o = posting({ requiredSkills: ['a'] });
    const home = fit(profile({ skills: ['a'], prefersRegion: true }), o, noText);
    const away = fit(profile({ skills: ['a'], city: 'Кемерово' }), o, noText);
    expect(home.score).toBeGreaterThan(away.score);
  });
  it('words its reasons with their numbers', () => {
    const p = profile({ skills: ['a', 'b', 'c', 'd', 'e'], prefersRegion: true, openToRemote: true });
    const o = posting({
      kind: 'internship',
      requiredSkills: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      niceSkills: ['z'],
      remote: true,
    });
    expect(reasonsOf(p, o, { ...noText, terms: ['данных'] })).toEqual([
      { code: 'required_skills', matched: 5, of: 7 },
      { code: 'text', terms: ['данных'] },
      { code: 'prefers_region', city: 'Томск' },
      { code: 'remote' },
      { code: 'internship_for_student' },
    ]);
    expect(
      reasonsOf(
        profile({ city: 'Омск', openToRelocation: true, status: 'graduate' }),
        posting({ kind: 'internship' }),
        noText,
      ),
    ).toEqual([{ code: 'open_to_relocation' }]);
    expect(reasonsOf(profile({ city: 'Омск' }), posting({ city: 'Омск' }), noText)).toEqual([
      { code: 'same_city', city: 'Омск' },
    ]);
  });
  it('orders by score, then by id', () => {
    const list = [
      { id: 'b', fit: { score: 0.5 } },
      { id: 'a', fit: { score: 0.5 } },
      { id: 'c', fit: { score: 0.9 } },
    ];
    expect(list.sort(byFit).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('words for stems', () => {
  it('finds the words people wrote from the stems in common', async () => {
    const { wordsForStems } = await import('./repo.ts');
    expect(wordsForStems('Стажёр-аналитик данных Data analyst', ['стажер', 'дан', 'analyst'])).toEqual([
      'стажёр',
      'данных',
      'analyst',
    ]);
    expect(wordsForStems('аналитик аналитик', ['аналитик'])).toEqual(['аналитик']);
    expect(wordsForStems('на в Python', ['на', 'python'])).toEqual(['python']);
  });
});
