import type { Random } from '../../../lib/demo/random.ts';

// Invented people: Russian names (with the feminine surname form), a few foreign experts.

const MALE = [
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
  'Григорий',
  'Олег',
  'Константин',
];
const FEMALE = [
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
  'Людмила',
  'Арина',
  'Марина',
];
/** Masculine forms; the feminine adds "а" (Иванов → Иванова). */
const SURNAMES = [
  'Кедров',
  'Соснов',
  'Морозов',
  'Лебедев',
  'Соколов',
  'Волков',
  'Зайцев',
  'Белов',
  'Тихонов',
  'Громов',
  'Ершов',
  'Комаров',
  'Орлов',
  'Киселёв',
  'Максимов',
  'Поляков',
  'Фёдоров',
  'Медведев',
  'Никитин',
  'Сорокин',
  'Быстров',
  'Карпов',
  'Ильин',
  'Гусев',
  'Титов',
  'Кузнецов',
  'Осипов',
  'Жуков',
  'Щукин',
  'Родионов',
];
const FOREIGN = [
  'Anna Schneider',
  'Lukas Becker',
  'Wei Zhang',
  'Mei Lin',
  'Jonas Nilsson',
  'Aiko Tanaka',
  'Rahul Mehta',
  'Sofia Rossi',
  'Daniel Novak',
  'Kim Min-jun',
];

const TRANSLIT: Record<string, string> = {
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
const latin = (s: string) =>
  [...s.toLowerCase()].map((c) => TRANSLIT[c] ?? (/[a-z0-9]/.test(c) ? c : '')).join('');

export type Domain = 'it' | 'hardware' | 'bio' | 'industry' | 'finance' | 'general';

const SKILLS: Record<Domain, string[]> = {
  it: [
    'TypeScript',
    'Python',
    'Go',
    'Java',
    'Kotlin',
    'PostgreSQL',
    'Kubernetes',
    'React',
    'Машинное обучение',
    'Компьютерное зрение',
    'DevOps',
    'Информационная безопасность',
    'Анализ данных',
    'Управление продуктом',
    'UX-исследования',
    'ГИС',
  ],
  hardware: [
    'Схемотехника',
    'FPGA',
    'Verilog',
    'Встраиваемые системы',
    'СВЧ-техника',
    'Трассировка плат',
    'Оптика',
    'Метрология',
  ],
  bio: [
    'Молекулярная биология',
    'ПЦР-диагностика',
    'Клинические исследования',
    'Биостатистика',
    'GMP',
    'Регистрация медизделий',
  ],
  industry: [
    'Материаловедение',
    'Технология машиностроения',
    'Энергоаудит',
    'Разработка месторождений',
    'Промышленная автоматизация',
    'Агрономия',
  ],
  finance: [
    'Венчурные инвестиции',
    'Финансовое моделирование',
    'Due diligence',
    'Корпоративное право',
    'Оценка бизнеса',
  ],
  general: [
    'Управление проектами',
    'Продажи B2B',
    'Маркетинг',
    'Переговоры',
    'Публичные выступления',
    'Английский язык',
  ],
};

const HEADLINES: Record<Domain, string[]> = {
  it: [
    'Backend-разработчик',
    'Frontend-разработчик',
    'Инженер по данным',
    'Специалист по машинному обучению',
    'Технический директор',
    'Руководитель продукта',
    'DevOps-инженер',
    'Аналитик',
  ],
  hardware: [
    'Инженер-схемотехник',
    'Разработчик встраиваемых систем',
    'Главный конструктор',
    'Инженер по испытаниям',
  ],
  bio: [
    'Научный сотрудник',
    'Руководитель лаборатории',
    'Специалист по клиническим исследованиям',
    'Биотехнолог',
  ],
  industry: ['Инженер-технолог', 'Главный инженер', 'Руководитель проектов', 'Инженер-исследователь'],
  finance: ['Инвестиционный аналитик', 'Партнёр фонда', 'Инвестиционный менеджер'],
  general: [
    'Генеральный директор',
    'Менеджер по развитию',
    'Руководитель отдела продаж',
    'Специалист по персоналу',
  ],
};

const UNIVERSITY_SHORT = ['ТГУ', 'ТПУ', 'ТУСУР', 'СибГМУ', 'ТГАСУ', 'ТГПУ'];

export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  locale: 'ru' | 'en';
  timeZone: string;
  domain: Domain;
  female: boolean;
  foreign: boolean;
}

/** Makes invented people with unique demo emails; every twentieth is a foreign expert. */
export function peopleFactory(random: Random): (domain: Domain) => DemoPerson {
  const used = new Set<string>();
  let i = 0;
  return (domain) => {
    i++;
    const foreign = i % 20 === 0;
    let name: string;
    let female = random.chance(0.45);
    if (foreign) {
      name = FOREIGN[(i / 20 - 1) % FOREIGN.length] as string;
      female = /^(Anna|Mei|Aiko|Sofia)/.test(name);
    } else {
      const surname = random.pick(SURNAMES);
      name = `${random.pick(female ? FEMALE : MALE)} ${female ? `${surname}а` : surname}`;
    }
    const local = foreign ? name.toLowerCase().replace(/[^a-z]+/g, '.') : latin(name.replace(' ', '.'));
    let email = `${local}@people.demo.inohub.ru`;
    for (let n = 2; used.has(email); n++) email = `${local}${n}@people.demo.inohub.ru`;
    used.add(email);
    const timeZone = foreign
      ? random.pick(['Europe/Berlin', 'Asia/Shanghai', 'Asia/Tokyo', 'Asia/Kolkata', 'Europe/Rome'])
      : 'Asia/Tomsk';
    return {
      id: random.uuid(),
      name,
      email,
      locale: foreign ? 'en' : 'ru',
      timeZone,
      domain,
      female,
      foreign,
    };
  };
}

/** A profile; about 40 % are public, each with its own choice of public fields. */
export function profileFor(random: Random, person: DemoPerson, organizationName: string | null) {
  const title = random.pick(HEADLINES[person.domain]);
  const headline = organizationName ? `${title}, ${organizationName}` : title;
  const skills = random.sample(
    [...SKILLS[person.domain], ...random.sample(SKILLS.general, 2)],
    random.int(3, 6),
  );
  const uni = random.pick(UNIVERSITY_SHORT);
  const bio = person.foreign
    ? `Expert advising Tomsk teams on ${skills[0]?.toLowerCase()} and international markets.`
    : `${person.female ? 'Окончила' : 'Окончил'} ${uni}. Занимается направлением «${skills[0]}» и помогает студентам с первыми проектами.`;
  const isPublic = random.chance(0.4);
  const optional = random.sample(
    ['bio', 'city', 'skills', 'links', 'organizations'] as const,
    random.int(1, 5),
  );
  return {
    userId: person.id,
    headline,
    bio,
    city: person.foreign ? null : 'Томск',
    skills,
    links: random.chance(0.3)
      ? [{ label: 'Портфолио', url: `https://portfolio.demo.inohub.ru/${person.email.split('@')[0]}` }]
      : [],
    isPublic,
    publicFields: isPublic ? ['headline', ...optional] : [],
  };
}
