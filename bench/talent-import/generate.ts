// The bench's generated students: deterministic (seeded), so every run imports the same file.

export const SKILLS = [
  { code: 'python', nameRu: 'Python', nameEn: 'Python' },
  { code: 'sql', nameRu: 'SQL', nameEn: 'SQL' },
  { code: 'java', nameRu: 'Java', nameEn: 'Java' },
  { code: 'cpp', nameRu: 'C++', nameEn: 'C++' },
  { code: 'pcb-design', nameRu: 'Проектирование печатных плат', nameEn: 'PCB design' },
  { code: 'ml', nameRu: 'Машинное обучение', nameEn: 'Machine learning' },
  { code: 'analytics', nameRu: 'Анализ данных', nameEn: 'Data analysis' },
  { code: 'english', nameRu: 'Английский язык', nameEn: 'English' },
];

const FIRST = ['Иван', 'Мария', 'Алексей', 'Анна', 'Дмитрий', 'Елена', 'Сергей', 'Ольга', 'Никита', 'Дарья'];
const LAST = [
  'Иванов',
  'Петров',
  'Сидоров',
  'Кузнецов',
  'Смирнов',
  'Попов',
  'Лебедев',
  'Козлов',
  'Новиков',
  'Морозов',
];
const PROGRAMS = [
  ['Информатика и вычислительная техника', '09.03.01'],
  ['Программная инженерия', '09.03.04'],
  ['Прикладная математика и информатика', '01.03.02'],
  ['Электроника и наноэлектроника', '11.03.04'],
  ['Радиотехника', '11.03.01'],
  ['Экономика', '38.03.01'],
  ['Химическая технология', '18.03.01'],
  ['Физика', '03.03.02'],
] as const;
const FACULTIES = ['ФВС', 'ФСУ', 'РТФ', 'ФЭТ', 'ЭФ', 'ХТФ'];
const DEGREES = ['бакалавриат', 'магистратура', 'специалитет', 'аспирантура'];

/** mulberry32: a small seeded generator. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const GENERATOR = { rows: 10_000, seed: 20_261_203, emailShare: 0.8, maxSkills: 4, separator: ';' };

/** A `;`-separated UTF-8 CSV of profiles (header = column keys), `version` changes the programme on re-import. */
export function profilesCsv(rows = GENERATOR.rows, seed = GENERATOR.seed, version = 1): Buffer {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
  const lines = [
    'student_number;full_name;email;faculty;program;program_code;degree;study_start_year;graduation_year;status;city;skills',
  ];
  for (let i = 0; i < rows; i++) {
    const start = 2015 + Math.floor(r() * 10);
    const grad = start + 4 + (r() < 0.3 ? 2 : 0);
    const [program, code] =
      version === 1 ? pick(PROGRAMS) : (PROGRAMS[(i + version) % PROGRAMS.length] ?? PROGRAMS[0]);
    const skills = Array.from(
      { length: Math.floor(r() * (GENERATOR.maxSkills + 1)) },
      () => pick(SKILLS).nameRu,
    );
    lines.push(
      [
        `B-${String(i + 1).padStart(6, '0')}`,
        `${pick(LAST)} ${pick(FIRST)}`,
        r() < GENERATOR.emailShare ? `bench.student${i + 1}@example.ru` : '',
        pick(FACULTIES),
        program,
        code,
        pick(DEGREES),
        String(start),
        String(grad),
        grad <= 2025 ? 'выпускник' : 'студент',
        r() < 0.7 ? 'Томск' : 'Новосибирск',
        // The skills cell holds `;` itself, so it is quoted.
        `"${[...new Set(skills)].join('; ')}"`,
      ].join(';'),
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
