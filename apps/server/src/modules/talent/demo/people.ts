import type { LanguageLevel, OutcomeSource, OutcomeStatus, Visibility } from '@inohub/contracts/talent/enums';
import type { Random } from '../../../lib/demo/random.ts';
import { geoBucketOf } from '../outcomes/geo.ts';
import type { talentOutcomes, talentProfiles } from '../talent.tables.ts';
import {
  degreeOfCode,
  FEMALE_NAMES,
  INVARIANT_SURNAMES,
  latin,
  MALE_NAMES,
  OCCUPATIONS,
  OTHER_RUSSIA_WEIGHTS,
  OUTSIDE_EMPLOYERS,
  PATRONYMIC_ROOTS,
  PLACES,
  type Programme,
  type SkillFamily,
  SURNAMES,
  studyYears,
  type UniversitySpec,
} from './catalog.ts';
import {
  allocate,
  cohortTargets,
  FIRST_COHORT,
  LAST_COHORT,
  monthsAfterGraduation,
  type PublishedBucket,
  WORKING,
} from './cohorts.ts';

// Students and graduates of the demo, and the graduates' outcomes (docs/domain/talent.md, "Demo data").

export type ProfileRow = typeof talentProfiles.$inferInsert & { id: string };
export type OutcomeRow = typeof talentOutcomes.$inferInsert;

export interface DemoUniversity {
  id: string;
  spec: UniversitySpec;
}

/** A company a graduate works for: a directory organization when it is one. */
export interface Workplace {
  organizationId: string | null;
  name: string;
}

export interface PeopleInput {
  random: Random;
  universities: DemoUniversity[];
  /** Skill codes of the taxonomy for a family (already resolved against `talent_skills`). */
  skillsOf: (family: SkillFamily) => string[];
  /** A workplace in the Tomsk region for a graduate of a family; sometimes a zone resident. */
  tomskWorkplace: (random: Random, family: SkillFamily) => Workplace;
  students: number;
  graduates: number;
  /** Today (ISO date): observations after it are not made yet. */
  today: string;
  /** The academic year in progress starts in September of this year. */
  academicYear: number;
}

export interface DemoPersonRecord {
  row: ProfileRow;
  family: SkillFamily;
  universityKey: string;
  cohort: number;
  /** For graduates: the workplace at 12 months, when working. */
  workplaceAt12: Workplace | null;
  bucketAt12: PublishedBucket | null;
}

const TOMSK_CITY = { city: 'Томск', regionCode: 'RU-TOM', country: 'RU' };
const LEVELS: LanguageLevel[] = ['A2', 'B1', 'B1', 'B2', 'B2', 'C1'];
const CIS_EMPLOYERS = ['АО «Kaspi Bank»', 'EPAM Systems', 'ТОО «KMG Engineering»', 'ООО «Artel Electronics»'];
const ABROAD_EMPLOYERS = ['Siemens AG', 'Huawei Technologies', 'Max-Planck-Gesellschaft', 'JetBrains'];

function weighted<T>(random: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = random.next() * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

/** A programme drawn by intake size; a fifth of bachelor programmes give a master's degree instead. */
function drawProgramme(
  random: Random,
  spec: UniversitySpec,
): Programme & { degree: ReturnType<typeof degreeOfCode> } {
  const prog = weighted(
    random,
    spec.programmes,
    spec.programmes.map((x) => x.weight),
  );
  if (degreeOfCode(prog.code) === 'bachelor' && random.chance(0.2)) {
    return { ...prog, code: prog.code.replace('.03.', '.04.'), degree: 'master' };
  }
  return { ...prog, degree: degreeOfCode(prog.code) };
}

function placeFor(random: Random, bucket: PublishedBucket) {
  if (bucket === 'tomsk') return weighted(random, PLACES.tomsk, [0.9, 0.06, 0.04]);
  if (bucket === 'other_russia') return weighted(random, PLACES.other_russia, OTHER_RUSSIA_WEIGHTS);
  return random.pick(PLACES[bucket]);
}

export function buildPeople(input: PeopleInput): { people: DemoPersonRecord[]; outcomes: OutcomeRow[] } {
  const { random } = input;
  const usedEmails = new Set<string>();
  const seq = new Map<string, number>();
  const people: DemoPersonRecord[] = [];
  const outcomes: OutcomeRow[] = [];
  const uniShares = Object.fromEntries(input.universities.map((u) => [u.spec.key, u.spec.share]));
  const uniByKey = new Map<string, DemoUniversity>(input.universities.map((u) => [u.spec.key, u]));

  const person = (uniKey: string, studentEmail: boolean) => {
    const female = random.chance(0.52);
    const first = random.pick(female ? FEMALE_NAMES : MALE_NAMES);
    const base = random.pick(SURNAMES);
    const surname = female && !INVARIANT_SURNAMES.has(base) ? `${base}а` : base;
    const patronymic = `${random.pick(PATRONYMIC_ROOTS)}${female ? 'на' : 'ич'}`;
    const local = `${latin(first)}.${latin(surname)}`;
    const domain = studentEmail ? 'students.demo.inohub.ru' : 'alumni.demo.inohub.ru';
    let email = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
    usedEmails.add(email);
    const n = (seq.get(uniKey) ?? 0) + 1;
    seq.set(uniKey, n);
    return { female, fullName: `${surname} ${first} ${patronymic}`, email, n };
  };

  const commonRow = (
    uni: DemoUniversity,
    prog: ReturnType<typeof drawProgramme>,
    who: ReturnType<typeof person>,
    start: number,
  ) => {
    const pool = input.skillsOf(prog.family);
    const skills = random.sample(pool, Math.min(pool.length, random.int(3, 7)));
    const languages: Array<{ code: string; level: LanguageLevel }> = [{ code: 'ru', level: 'native' }];
    if (random.chance(0.85)) languages.push({ code: 'en', level: random.pick(LEVELS) });
    if (random.chance(0.1))
      languages.push({
        code: random.pick(['de', 'zh', 'fr']),
        level: random.pick(['A1', 'A2', 'B1'] as const),
      });
    const v = random.next();
    const visibility: Visibility = v < 0.3 ? 'public' : v < 0.75 ? 'recruiters' : 'hidden';
    return {
      id: random.uuid(),
      email: who.email,
      fullName: who.fullName,
      universityId: uni.id,
      studentNumber: `${start}-${String(who.n).padStart(5, '0')}`,
      faculty: prog.faculty,
      program: prog.ru,
      programCode: prog.code,
      degree: prog.degree,
      studyStartYear: start,
      skills,
      languages,
      links:
        prog.family === 'software' && random.chance(0.3)
          ? [{ label: 'GitHub', url: `https://github.com/${who.email.split('@')[0]?.replace('.', '-')}` }]
          : [],
      visibility,
      source: random.chance(0.92) ? ('import' as const) : ('self' as const),
      isDemo: true,
    };
  };

  // Graduates, cohort by cohort: each cohort hits its targets (cohorts.ts) by allocation.
  const cohorts = LAST_COHORT - FIRST_COHORT + 1;
  for (let year = FIRST_COHORT; year <= LAST_COHORT; year++) {
    // Cohorts grow a little over the years.
    const size = Math.round(
      (input.graduates / cohorts) * (0.9 + (0.2 * (year - FIRST_COHORT)) / (cohorts - 1)),
    );
    const targets = cohortTargets(year);
    const unis = allocate(random, size, uniShares);
    const statuses = allocate(random, size, targets.status) as OutcomeStatus[];
    // Places are allocated within each working status, so that the employed (whom the published
    // figures describe) hit the targets exactly and the self-employed follow the same split.
    const buckets = new Map(
      [...WORKING].map((s) => [s, allocate(random, statuses.filter((x) => x === s).length, targets.geo)]),
    );
    for (let i = 0; i < size; i++) {
      const uni = uniByKey.get(unis[i] as string) as DemoUniversity;
      const prog = drawProgramme(random, uni.spec);
      const who = person(uni.spec.key, false);
      const start = year - studyYears(prog.degree, prog.code);
      const status12 = statuses[i] as OutcomeStatus;
      const bucket12 = WORKING.has(status12) ? (buckets.get(status12)?.pop() as PublishedBucket) : null;
      const story = storyOf(random, input, prog, uni, year, status12, bucket12);
      outcomes.push(...story.rows.map((r) => ({ ...r, profileId: '' })));
      const latest = story.rows[story.rows.length - 1];
      const row: ProfileRow = {
        ...commonRow(uni, prog, who, start),
        graduationYear: year,
        status: 'graduate',
        city: latest?.city ?? 'Томск',
        headline: latest?.occupation
          ? `${latest.occupation}${latest.employerName ? `, ${latest.employerName}` : ''}`
          : `${prog.degree === 'master' ? 'Магистр' : prog.degree === 'specialist' ? 'Специалист' : 'Бакалавр'}, ${prog.ru}`,
        about: `${who.female ? 'Окончила' : 'Окончил'} ${uni.spec.short} в ${year} году по направлению ${prog.code} «${prog.ru}».`,
        prefersRegion: latest?.geoBucket === 'tomsk' ? random.chance(0.7) : random.chance(0.15),
        openToRelocation: latest?.geoBucket === 'tomsk' ? random.chance(0.2) : random.chance(0.6),
        openToRemote: random.chance(0.4),
      };
      for (let k = outcomes.length - story.rows.length; k < outcomes.length; k++) {
        (outcomes[k] as OutcomeRow).profileId = row.id;
      }
      people.push({
        row,
        family: prog.family,
        universityKey: uni.spec.key,
        cohort: year,
        workplaceAt12: story.workplaceAt12,
        bucketAt12: bucket12,
      });
    }
  }

  // Current students, across the years of study of the academic year in progress.
  const unis = allocate(random, input.students, uniShares);
  for (const key of unis) {
    const uni = uniByKey.get(key) as DemoUniversity;
    const prog = drawProgramme(random, uni.spec);
    const who = person(uni.spec.key, true);
    const years = studyYears(prog.degree, prog.code);
    const start = input.academicYear - random.int(0, years - 1);
    const course = input.academicYear - start + 1;
    people.push({
      row: {
        ...commonRow(uni, prog, who, start),
        graduationYear: start + years,
        status: 'student',
        city: 'Томск',
        headline: `${who.female ? 'Студентка' : 'Студент'} ${course} курса${prog.degree === 'master' ? ' магистратуры' : ''}, ${prog.ru}`,
        about: `${prog.faculty}, ${uni.spec.short}. Ищу ${random.chance(0.6) ? 'стажировку' : 'работу на неполный день'} по направлению «${prog.ru}».`,
        prefersRegion: random.chance(0.55),
        openToRelocation: random.chance(0.35),
        openToRemote: random.chance(0.5),
      },
      family: prog.family,
      universityKey: uni.spec.key,
      cohort: start + years,
      workplaceAt12: null,
      bucketAt12: null,
    });
  }
  return { people, outcomes };
}

type StoryRow = Omit<OutcomeRow, 'profileId'>;

/**
 * A graduate's outcomes at 6, 12 and 36 months. The 12-month record is the calibrated one; the
 * 6-month one is mostly the same (some were still looking for work), and by 36 months those who
 * studied on or served have found work and some who worked in Tomsk have moved away (and a few came back).
 */
function storyOf(
  random: Random,
  input: PeopleInput,
  prog: ReturnType<typeof drawProgramme>,
  uni: DemoUniversity,
  year: number,
  status12: OutcomeStatus,
  bucket12: PublishedBucket | null,
): { rows: StoryRow[]; workplaceAt12: Workplace | null } {
  const rows: StoryRow[] = [];
  const at = (months: number) => monthsAfterGraduation(year, months);
  const sourceFor = (months: number): OutcomeSource =>
    random.chance(months >= 36 ? 0.4 : 0.15) ? 'self_report' : 'university_import';

  const working = (
    status: OutcomeStatus,
    bucket: PublishedBucket,
    months: number,
    workplace?: Workplace | null,
  ) => {
    const place = bucket === 'tomsk' && workplace?.organizationId ? TOMSK_CITY : placeFor(random, bucket);
    const wp: Workplace =
      workplace ??
      (bucket === 'tomsk'
        ? input.tomskWorkplace(random, prog.family)
        : {
            organizationId: null,
            name:
              bucket === 'cis'
                ? random.pick(CIS_EMPLOYERS)
                : bucket === 'abroad'
                  ? random.pick(ABROAD_EMPLOYERS)
                  : random.pick(OUTSIDE_EMPLOYERS.elsewhere),
          });
    const row: StoryRow = {
      id: random.uuid(),
      status,
      employerName: status === 'employed' ? wp.name : null,
      employerOrganizationId: status === 'employed' ? wp.organizationId : null,
      city: place.city,
      regionCode: place.regionCode,
      country: place.country,
      geoBucket: geoBucketOf({ country: place.country, regionCode: place.regionCode }),
      occupation: random.pick(OCCUPATIONS[prog.family]),
      inProfile: random.chance(0.7),
      observedOn: at(months),
      source: sourceFor(months),
      isDemo: true,
    };
    return { row, wp };
  };
  const other = (status: OutcomeStatus, months: number): StoryRow => ({
    id: random.uuid(),
    status,
    employerName:
      status === 'further_study'
        ? `${uni.spec.short}, ${random.chance(0.8) ? 'магистратура' : 'аспирантура'}`
        : null,
    employerOrganizationId: status === 'further_study' ? uni.id : null,
    city: status === 'further_study' ? 'Томск' : null,
    regionCode: status === 'further_study' ? 'RU-TOM' : null,
    country: 'RU',
    geoBucket: null,
    occupation: null,
    inProfile: null,
    observedOn: at(months),
    source: sourceFor(months),
    isDemo: true,
  });
  const due = (months: number) => at(months) <= input.today;

  // 12 months: the calibrated state.
  let workplaceAt12: Workplace | null = null;
  let row12: StoryRow;
  if (bucket12) {
    const w = working(status12, bucket12, 12);
    row12 = w.row;
    workplaceAt12 = status12 === 'employed' ? w.wp : null;
  } else {
    row12 = other(status12, 12);
  }

  // 6 months: the same, except one in eight of those working at 12 months was still looking.
  if (due(6)) {
    if (bucket12 && random.chance(0.125)) rows.push(other('unemployed', 6));
    else rows.push({ ...row12, id: random.uuid(), observedOn: at(6), source: sourceFor(6) });
  }
  if (due(12)) rows.push(row12);

  // 36 months.
  if (due(36)) {
    if (bucket12) {
      const moves = bucket12 === 'tomsk' ? random.chance(0.09) : random.chance(0.1);
      if (!moves) {
        const keep = random.chance(0.75);
        rows.push(working(status12, bucket12, 36, keep ? workplaceAt12 : null).row);
      } else if (bucket12 === 'tomsk') {
        rows.push(
          working(
            'employed',
            weighted(random, ['siberia', 'other_russia', 'cis', 'abroad'] as const, [3, 4.5, 1, 0.5]),
            36,
          ).row,
        );
      } else {
        rows.push(working('employed', 'tomsk', 36).row);
      }
    } else if (status12 === 'further_study' && random.chance(0.15)) {
      rows.push(other('further_study', 36));
    } else if (status12 === 'parental_leave' && random.chance(0.4)) {
      rows.push(other('parental_leave', 36));
    } else if (status12 === 'unemployed' && random.chance(0.3)) {
      rows.push(other('unemployed', 36));
    } else {
      // After a master's, the army or a pause: work, a little less often in Tomsk than at first.
      const geo = cohortTargets(year).geo;
      const bucket = weighted(random, Object.keys(geo) as PublishedBucket[], [
        geo.tomsk - 0.04,
        geo.siberia + 0.01,
        geo.other_russia + 0.025,
        geo.cis,
        geo.abroad + 0.005,
      ]);
      rows.push(working('employed', bucket, 36).row);
    }
  }
  return { rows, workplaceAt12 };
}
