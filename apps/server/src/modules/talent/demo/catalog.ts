import type { Degree } from '@inohub/contracts/talent/enums';

// Fixed material of the talent demo: the six Tomsk universities' faculties and programmes (real
// codes of the Russian classifier of specialities, ОКСО, order of the Ministry of Education and
// Science No. 1061 of 12.09.2013), skill families, names and posting templates.
// docs/domain/talent.md, "Demo data".

/** A family of skills a programme teaches or a posting asks for. */
export type SkillFamily =
  | 'software'
  | 'data'
  | 'security'
  | 'electronics'
  | 'energy'
  | 'oil_gas'
  | 'chemistry'
  | 'mechanical'
  | 'biology'
  | 'medicine'
  | 'construction'
  | 'architecture'
  | 'economics'
  | 'law'
  | 'languages'
  | 'education'
  | 'media';

export interface Programme {
  code: string;
  ru: string;
  faculty: string;
  family: SkillFamily;
  /** Relative size of the intake within the university. */
  weight: number;
}

export interface UniversitySpec {
  key: 'tsu' | 'tpu' | 'tusur' | 'ssmu' | 'tsuab' | 'tspu';
  /** Name of the directory organization (directory/demo/institutions.ts). */
  name: string;
  short: string;
  /** Share of the region's graduates (TSU 33 %, TPU 31 %, TUSUR 17 %, the rest shared). */
  share: number;
  programmes: Programme[];
}

const p = (code: string, ru: string, faculty: string, family: SkillFamily, weight = 1): Programme => ({
  code,
  ru,
  faculty,
  family,
  weight,
});

export const UNIVERSITY_SPECS: UniversitySpec[] = [
  {
    key: 'tsu',
    name: 'Томский государственный университет',
    short: 'ТГУ',
    share: 0.33,
    programmes: [
      p('01.03.01', 'Математика', 'Механико-математический факультет', 'data'),
      p(
        '01.03.02',
        'Прикладная математика и информатика',
        'Институт прикладной математики и компьютерных наук',
        'data',
        2,
      ),
      p(
        '02.03.02',
        'Фундаментальная информатика и информационные технологии',
        'Институт прикладной математики и компьютерных наук',
        'software',
        2,
      ),
      p(
        '09.03.03',
        'Прикладная информатика',
        'Институт прикладной математики и компьютерных наук',
        'software',
        1.5,
      ),
      p('03.03.02', 'Физика', 'Физический факультет', 'electronics'),
      p('04.03.01', 'Химия', 'Химический факультет', 'chemistry'),
      p('06.03.01', 'Биология', 'Биологический институт', 'biology'),
      p('05.03.02', 'География', 'Геолого-географический факультет', 'data', 0.6),
      p('38.03.01', 'Экономика', 'Институт экономики и менеджмента', 'economics', 1.5),
      p('40.03.01', 'Юриспруденция', 'Юридический институт', 'law', 1.5),
      p('45.03.02', 'Лингвистика', 'Факультет иностранных языков', 'languages'),
      p('42.03.02', 'Журналистика', 'Факультет журналистики', 'media', 0.6),
      p('37.03.01', 'Психология', 'Факультет психологии', 'education', 0.7),
    ],
  },
  {
    key: 'tpu',
    name: 'Томский политехнический университет',
    short: 'ТПУ',
    share: 0.31,
    programmes: [
      p('13.03.02', 'Электроэнергетика и электротехника', 'Инженерная школа энергетики', 'energy', 2),
      p('13.03.01', 'Теплоэнергетика и теплотехника', 'Инженерная школа энергетики', 'energy'),
      p('14.03.02', 'Ядерные физика и технологии', 'Инженерная школа ядерных технологий', 'energy'),
      p('21.03.01', 'Нефтегазовое дело', 'Инженерная школа природных ресурсов', 'oil_gas', 2),
      p('21.05.02', 'Прикладная геология', 'Инженерная школа природных ресурсов', 'oil_gas'),
      p(
        '18.03.01',
        'Химическая технология',
        'Инженерная школа новых производственных технологий',
        'chemistry',
      ),
      p(
        '22.03.01',
        'Материаловедение и технологии материалов',
        'Инженерная школа новых производственных технологий',
        'mechanical',
      ),
      p('15.03.01', 'Машиностроение', 'Инженерная школа новых производственных технологий', 'mechanical'),
      p(
        '09.03.01',
        'Информатика и вычислительная техника',
        'Инженерная школа информационных технологий и робототехники',
        'software',
        2,
      ),
      p(
        '15.03.06',
        'Мехатроника и робототехника',
        'Инженерная школа информационных технологий и робототехники',
        'electronics',
      ),
      p(
        '12.03.04',
        'Биотехнические системы и технологии',
        'Инженерная школа неразрушающего контроля и безопасности',
        'electronics',
        0.7,
      ),
      p('27.03.05', 'Инноватика', 'Школа инженерного предпринимательства', 'economics', 0.6),
    ],
  },
  {
    key: 'tusur',
    name: 'Томский государственный университет систем управления и радиоэлектроники',
    short: 'ТУСУР',
    share: 0.17,
    programmes: [
      p('09.03.01', 'Информатика и вычислительная техника', 'Факультет вычислительных систем', 'software', 2),
      p('09.03.04', 'Программная инженерия', 'Факультет систем управления', 'software', 2),
      p('10.03.01', 'Информационная безопасность', 'Факультет безопасности', 'security', 1.5),
      p(
        '10.05.02',
        'Информационная безопасность телекоммуникационных систем',
        'Факультет безопасности',
        'security',
      ),
      p(
        '11.03.02',
        'Инфокоммуникационные технологии и системы связи',
        'Радиотехнический факультет',
        'electronics',
      ),
      p('11.05.01', 'Радиоэлектронные системы и комплексы', 'Радиотехнический факультет', 'electronics'),
      p('11.03.04', 'Электроника и наноэлектроника', 'Факультет электронной техники', 'electronics'),
      p('27.03.04', 'Управление в технических системах', 'Факультет систем управления', 'data'),
      p('38.03.02', 'Менеджмент', 'Экономический факультет', 'economics'),
      p('27.03.05', 'Инноватика', 'Факультет инновационных технологий', 'economics', 0.7),
    ],
  },
  {
    key: 'ssmu',
    name: 'Сибирский государственный медицинский университет',
    short: 'СибГМУ',
    share: 0.065,
    programmes: [
      p('31.05.01', 'Лечебное дело', 'Лечебный факультет', 'medicine', 3),
      p('31.05.02', 'Педиатрия', 'Педиатрический факультет', 'medicine', 1.5),
      p('31.05.03', 'Стоматология', 'Стоматологический факультет', 'medicine'),
      p('33.05.01', 'Фармация', 'Фармацевтический факультет', 'chemistry'),
      p('30.05.01', 'Медицинская биохимия', 'Медико-биологический факультет', 'biology', 0.7),
      p('30.05.03', 'Медицинская кибернетика', 'Медико-биологический факультет', 'data', 0.6),
    ],
  },
  {
    key: 'tsuab',
    name: 'Томский государственный архитектурно-строительный университет',
    short: 'ТГАСУ',
    share: 0.06,
    programmes: [
      p('08.03.01', 'Строительство', 'Строительный факультет', 'construction', 3),
      p('08.05.01', 'Строительство уникальных зданий и сооружений', 'Строительный факультет', 'construction'),
      p('07.03.01', 'Архитектура', 'Архитектурный факультет', 'architecture', 1.5),
      p('07.03.03', 'Дизайн архитектурной среды', 'Архитектурный факультет', 'architecture'),
      p(
        '21.03.02',
        'Землеустройство и кадастры',
        'Институт кадастра, экономики и инженерных систем в строительстве',
        'construction',
      ),
      p(
        '23.03.03',
        'Эксплуатация транспортно-технологических машин и комплексов',
        'Механико-технологический факультет',
        'mechanical',
      ),
    ],
  },
  {
    key: 'tspu',
    name: 'Томский государственный педагогический университет',
    short: 'ТГПУ',
    share: 0.065,
    programmes: [
      p('44.03.01', 'Педагогическое образование', 'Физико-математический факультет', 'education', 2),
      p(
        '44.03.05',
        'Педагогическое образование (с двумя профилями подготовки)',
        'Историко-филологический факультет',
        'education',
        2,
      ),
      p('44.03.02', 'Психолого-педагогическое образование', 'Факультет психологии', 'education'),
      p('44.03.03', 'Специальное (дефектологическое) образование', 'Факультет психологии', 'education', 0.7),
      p('45.03.01', 'Филология', 'Факультет иностранных языков', 'languages'),
      p('09.03.03', 'Прикладная информатика', 'Физико-математический факультет', 'software', 0.7),
    ],
  },
];

/** The degree an ОКСО code leads to: the middle group is the level (03 bachelor, 04 master, 05 specialist). */
export function degreeOfCode(code: string): Degree {
  const level = code.split('.')[1];
  return level === '04' ? 'master' : level === '05' ? 'specialist' : 'bachelor';
}

/** Years of study for a degree; medicine's specialist programmes take six. */
export function studyYears(degree: Degree, code: string): number {
  if (degree === 'master') return 2;
  if (degree === 'specialist') return code.startsWith('31.') ? 6 : 5;
  return 4;
}

/**
 * Skills by family, as codes or English names of the taxonomy seed (`talent_skills`). They are
 * looked up in the table at run time, so a name the taxonomy lacks is skipped, never invented.
 */
export const FAMILY_SKILLS: Record<SkillFamily, string[]> = {
  software: [
    'python',
    'java',
    'javascript',
    'typescript',
    'sql',
    'git',
    'linux',
    'docker',
    'react',
    'cpp',
    'csharp',
    'go',
    'kotlin',
    'postgresql',
    'testing',
    'rest-api',
    'nodejs',
    'algorithms',
    'oop',
  ],
  data: [
    'python',
    'sql',
    'machine-learning',
    'data-analysis',
    'statistics',
    'pandas',
    'r-lang',
    'postgresql',
    'matlab',
    'excel',
    'gis',
    'deep-learning',
    'computer-vision',
    'bi',
  ],
  security: ['infosec', 'pentest', 'cryptography', 'networking', 'linux', 'python', 'bash', 'cpp'],
  electronics: [
    'circuit-design',
    'pcb-design',
    'altium',
    'embedded-c',
    'microcontrollers',
    'fpga',
    'verilog',
    'analog-electronics',
    'radio-engineering',
    'dsp',
    'antenna-design',
    'telecom',
    'matlab',
  ],
  energy: [
    'power-systems',
    'relay-protection',
    'heat-engineering',
    'renewable-energy',
    'nuclear-engineering',
    'nuclear-physics',
    'radiation-safety',
    'plc',
    'scada',
    'autocad',
    'matlab',
  ],
  oil_gas: [
    'petroleum-geology',
    'drilling',
    'reservoir-engineering',
    'oil-gas-processing',
    'pipelines',
    'geophysics',
    'gis',
  ],
  chemistry: [
    'analytical-chemistry',
    'organic-synthesis',
    'chromatography',
    'spectroscopy',
    'gmp',
    'pharmaceutical-technology',
    'lab-analysis',
  ],
  mechanical: [
    'solidworks',
    'compass-3d',
    'ansys',
    'materials-science',
    'autocad',
    'industrial-design',
    'numerical-modeling',
  ],
  biology: [
    'molecular-biology',
    'cell-culture',
    'pcr',
    'bioinformatics',
    'biostatistics',
    'lab-analysis',
    'r-lang',
  ],
  medicine: [
    'clinical-research',
    'gcp',
    'pharmacology',
    'medical-imaging',
    'biostatistics',
    'medical-devices',
    'lab-analysis',
  ],
  construction: [
    'autocad',
    'compass-3d',
    '3d-modeling',
    'project-management',
    'gis',
    'numerical-modeling',
    'ansys',
  ],
  architecture: ['autocad', '3d-modeling', 'graphic-design', 'figma', 'industrial-design', 'ui-design'],
  economics: [
    'finance',
    'excel',
    'marketing',
    'project-management',
    '1c-accounting',
    'accounting',
    'business-analysis',
    'sql',
    'bi',
  ],
  law: ['ip-law', 'procurement', 'tech-transfer', 'business-analysis', 'technical-writing'],
  languages: ['technical-writing', 'scientific-writing', 'nlp', 'digital-marketing', 'grant-writing'],
  education: ['scientific-writing', 'grant-writing', 'project-management', 'ux-research', 'agile'],
  media: ['digital-marketing', 'marketing', 'graphic-design', 'motion-design', 'technical-writing'],
};

/** Taxonomy categories a family draws on when fewer than five of its named skills are in the taxonomy. */
export const FAMILY_CATEGORIES: Record<SkillFamily, string[]> = {
  software: ['programming', 'web'],
  data: ['data'],
  security: ['infrastructure'],
  electronics: ['electronics', 'radio'],
  energy: ['energy'],
  oil_gas: ['energy'],
  chemistry: ['science'],
  mechanical: ['energy', 'design'],
  biology: ['biomed', 'science'],
  medicine: ['biomed'],
  construction: ['design', 'energy'],
  architecture: ['design'],
  economics: ['business', 'erp'],
  law: ['business'],
  languages: ['business'],
  education: ['business'],
  media: ['design', 'business'],
};

export const MALE_NAMES = [
  'Александр',
  'Дмитрий',
  'Максим',
  'Сергей',
  'Андрей',
  'Алексей',
  'Артём',
  'Илья',
  'Кирилл',
  'Михаил',
  'Никита',
  'Егор',
  'Роман',
  'Павел',
  'Владимир',
  'Денис',
  'Тимофей',
  'Иван',
  'Матвей',
  'Даниил',
  'Евгений',
  'Антон',
  'Глеб',
  'Степан',
  'Фёдор',
  'Ярослав',
  'Олег',
  'Константин',
  'Вадим',
  'Руслан',
];
export const FEMALE_NAMES = [
  'Анна',
  'Мария',
  'Елена',
  'Дарья',
  'Алина',
  'Ирина',
  'Екатерина',
  'Ксения',
  'Полина',
  'Ольга',
  'Татьяна',
  'Наталья',
  'Юлия',
  'Виктория',
  'Софья',
  'Вера',
  'Светлана',
  'Арина',
  'Марина',
  'Анастасия',
  'Валерия',
  'Кристина',
  'Елизавета',
  'Александра',
  'Василиса',
  'Ульяна',
  'Евгения',
  'Диана',
  'Алёна',
  'Яна',
];
/** Masculine forms; the feminine adds "а" (Кедров → Кедрова), or is given after a slash (Ильин/Ильина is regular too). */
export const SURNAMES = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кедров',
  'Соснов',
  'Тихонов',
  'Громов',
  'Ершов',
  'Комаров',
  'Киселёв',
  'Поляков',
  'Медведев',
  'Сорокин',
  'Карпов',
  'Ильин',
  'Гусев',
  'Титов',
  'Осипов',
  'Жуков',
  'Щукин',
  'Белоусов',
  'Ширяев',
  'Черных',
  'Седых',
  'Томилов',
  'Чулымов',
  'Обской',
  'Нарымов',
  'Кетов',
  'Шегарский',
];
/** Surnames that do not change with gender. */
export const INVARIANT_SURNAMES = new Set(['Черных', 'Седых']);
export const PATRONYMIC_ROOTS = [
  'Александров',
  'Сергеев',
  'Андреев',
  'Владимиров',
  'Николаев',
  'Михайлов',
  'Викторов',
  'Олегов',
  'Игорев',
  'Юрьев',
];

export const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export const latin = (s: string) =>
  [...s.toLowerCase()].map((ch) => TRANSLIT[ch] ?? (/[a-z0-9.-]/.test(ch) ? ch : '')).join('');

/** Employers outside the directory that graduates name in outcome records, by bucket. */
export interface Place {
  city: string;
  regionCode: string | null;
  country: string;
}

export const PLACES: Record<'tomsk' | 'siberia' | 'other_russia' | 'cis' | 'abroad', Place[]> = {
  tomsk: [
    { city: 'Томск', regionCode: 'RU-TOM', country: 'RU' },
    { city: 'Северск', regionCode: 'RU-TOM', country: 'RU' },
    { city: 'Стрежевой', regionCode: 'RU-TOM', country: 'RU' },
  ],
  siberia: [
    { city: 'Новосибирск', regionCode: 'RU-NVS', country: 'RU' },
    { city: 'Кемерово', regionCode: 'RU-KEM', country: 'RU' },
    { city: 'Красноярск', regionCode: 'RU-KYA', country: 'RU' },
    { city: 'Омск', regionCode: 'RU-OMS', country: 'RU' },
    { city: 'Иркутск', regionCode: 'RU-IRK', country: 'RU' },
    { city: 'Барнаул', regionCode: 'RU-ALT', country: 'RU' },
  ],
  other_russia: [
    { city: 'Москва', regionCode: 'RU-MOW', country: 'RU' },
    { city: 'Санкт-Петербург', regionCode: 'RU-SPE', country: 'RU' },
    { city: 'Екатеринбург', regionCode: 'RU-SVE', country: 'RU' },
    { city: 'Казань', regionCode: 'RU-TA', country: 'RU' },
    { city: 'Тюмень', regionCode: 'RU-TYU', country: 'RU' },
    { city: 'Ханты-Мансийск', regionCode: 'RU-KHM', country: 'RU' },
  ],
  cis: [
    { city: 'Астана', regionCode: null, country: 'KZ' },
    { city: 'Алматы', regionCode: null, country: 'KZ' },
    { city: 'Ташкент', regionCode: null, country: 'UZ' },
    { city: 'Бишкек', regionCode: null, country: 'KG' },
    { city: 'Минск', regionCode: null, country: 'BY' },
  ],
  abroad: [
    { city: 'Берлин', regionCode: null, country: 'DE' },
    { city: 'Пекин', regionCode: null, country: 'CN' },
    { city: 'Бостон', regionCode: null, country: 'US' },
    { city: 'Белград', regionCode: null, country: 'RS' },
  ],
};

/** Weights of the cities within "other Russian regions": the capitals draw most. */
export const OTHER_RUSSIA_WEIGHTS = [0.38, 0.24, 0.12, 0.1, 0.08, 0.08];

export const OUTSIDE_EMPLOYERS: Record<'tomsk' | 'elsewhere', string[]> = {
  tomsk: [
    'ОГАУЗ «Томская областная клиническая больница»',
    'МАОУ СОШ № 32 г. Томска',
    'ПАО «Томскнефть» ВНК',
    'ООО «Газпром трансгаз Томск»',
    'АО «НПЦ «Полюс»',
    'АО «Сибирский химический комбинат»',
    'ПАО «Сбербанк», Томское отделение',
    'ООО «Томскнефтехим»',
    'Администрация Города Томска',
    'ОГКУ «Облстройзаказчик»',
  ],
  elsewhere: [
    'ПАО «Сбербанк»',
    'ООО «Яндекс»',
    'ПАО «Газпром нефть»',
    'ПАО «Ростелеком»',
    'АО «Лаборатория Касперского»',
    'ООО «ВК»',
    'ПАО «СИБУР Холдинг»',
    'ГК «Росатом»',
    'ООО «Тинькофф Центр разработки»',
    'АО «Тандер»',
  ],
};

/** The occupation a graduate of a family names, by family. */
export const OCCUPATIONS: Record<SkillFamily, string[]> = {
  software: ['Разработчик ПО', 'Backend-разработчик', 'Frontend-разработчик', 'Инженер-тестировщик'],
  data: ['Аналитик данных', 'Инженер по машинному обучению', 'Математик-аналитик'],
  security: ['Специалист по информационной безопасности', 'Аналитик SOC'],
  electronics: ['Инженер-электроник', 'Инженер-схемотехник', 'Инженер связи'],
  energy: ['Инженер-энергетик', 'Инженер-электрик', 'Инженер-теплотехник'],
  oil_gas: ['Инженер по добыче', 'Геолог', 'Технолог нефтегазового производства'],
  chemistry: ['Инженер-технолог', 'Химик-аналитик', 'Провизор'],
  mechanical: ['Инженер-конструктор', 'Инженер-технолог', 'Механик'],
  biology: ['Биолог-исследователь', 'Лаборант-исследователь'],
  medicine: ['Врач-ординатор', 'Врач-терапевт участковый', 'Врач-педиатр'],
  construction: ['Инженер-строитель', 'Инженер ПТО', 'Кадастровый инженер'],
  architecture: ['Архитектор', 'Дизайнер интерьеров'],
  economics: ['Экономист', 'Менеджер проектов', 'Финансовый аналитик'],
  law: ['Юрист', 'Помощник юриста'],
  languages: ['Переводчик', 'Преподаватель иностранного языка'],
  education: ['Учитель', 'Педагог-психолог', 'Методист'],
  media: ['Журналист', 'SMM-менеджер', 'Редактор'],
};

/** What a company does, as the demo reads it from its directory sectors. */
export type EmployerFamily =
  | 'software'
  | 'data'
  | 'security'
  | 'electronics'
  | 'energy'
  | 'oil_gas'
  | 'biology';

export function employerFamilyOf(sectors: readonly string[]): EmployerFamily {
  // By precedence, not by the order the sectors were stored in, so the answer is stable.
  const has = (...codes: string[]) => codes.some((c) => sectors.includes(c));
  if (has('cybersecurity')) return 'security';
  if (has('ai_data', 'geoinformatics')) return 'data';
  if (has('it_software', 'edtech', 'fintech', 'telecom')) return 'software';
  if (has('electronics', 'space_aerospace', 'nanotech_materials')) return 'electronics';
  if (has('oil_gas_services')) return 'oil_gas';
  if (has('medtech_biotech', 'pharma', 'agritech')) return 'biology';
  return 'energy';
}

/** Posting templates: [title ru, title en, kind]; descriptions are composed around them. */
export const POSTINGS: Record<EmployerFamily, Array<[string, string, 'job' | 'internship']>> = {
  software: [
    ['Junior backend-разработчик', 'Junior backend developer', 'job'],
    ['Frontend-разработчик (React)', 'Frontend developer (React)', 'job'],
    ['Стажёр-разработчик', 'Software engineering intern', 'internship'],
    ['Стажёр по тестированию ПО', 'QA intern', 'internship'],
    ['Middle Python-разработчик', 'Middle Python developer', 'job'],
    ['Мобильный разработчик (Kotlin)', 'Mobile developer (Kotlin)', 'job'],
    ['Летняя стажировка в команде платформы', 'Summer internship, platform team', 'internship'],
  ],
  data: [
    ['Аналитик данных', 'Data analyst', 'job'],
    ['Стажёр-аналитик данных', 'Data analyst intern', 'internship'],
    ['Инженер машинного обучения', 'Machine learning engineer', 'job'],
    ['Стажёр в ML-команду', 'Machine learning intern', 'internship'],
    ['ГИС-аналитик', 'GIS analyst', 'job'],
  ],
  security: [
    ['Аналитик SOC (первая линия)', 'SOC analyst (tier 1)', 'job'],
    ['Стажёр по информационной безопасности', 'Information security intern', 'internship'],
    ['Пентестер (junior)', 'Junior penetration tester', 'job'],
  ],
  electronics: [
    ['Инженер-схемотехник', 'Circuit design engineer', 'job'],
    ['Стажёр-инженер по встраиваемым системам', 'Embedded systems intern', 'internship'],
    ['Инженер-конструктор печатных плат', 'PCB design engineer', 'job'],
    ['Стажировка в лаборатории радиоэлектроники', 'Radio electronics lab internship', 'internship'],
  ],
  energy: [
    ['Инженер-энергетик', 'Power engineer', 'job'],
    ['Стажёр-инженер по энергоаудиту', 'Energy audit intern', 'internship'],
    ['Инженер АСУ ТП', 'Industrial automation engineer', 'job'],
    ['Инженер-проектировщик', 'Design engineer', 'job'],
  ],
  oil_gas: [
    ['Инженер по добыче нефти и газа', 'Petroleum production engineer', 'job'],
    ['Производственная практика на месторождении', 'Oilfield internship', 'internship'],
    ['Геолог-интерпретатор', 'Geologist', 'job'],
  ],
  biology: [
    ['Лаборант-исследователь', 'Research laboratory assistant', 'job'],
    ['Стажёр в биотехнологическую лабораторию', 'Biotech lab intern', 'internship'],
    ['Специалист по контролю качества (GMP)', 'Quality control specialist (GMP)', 'job'],
    ['Биоинформатик', 'Bioinformatician', 'job'],
  ],
};

/** The skill families a posting of an employer family asks for. */
export const EMPLOYER_SKILL_FAMILY: Record<EmployerFamily, SkillFamily[]> = {
  software: ['software'],
  data: ['data'],
  security: ['security'],
  electronics: ['electronics'],
  energy: ['energy', 'mechanical'],
  oil_gas: ['oil_gas'],
  biology: ['biology', 'chemistry'],
};

export const LANGUAGE_CODES = ['en', 'de', 'zh', 'fr'] as const;
