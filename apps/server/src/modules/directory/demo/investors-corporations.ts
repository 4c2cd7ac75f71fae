import type { DemoOrganization } from './types.ts';

// Invented funds and corporations: plausible, but no real company stands behind these names.
type Invented = Omit<DemoOrganization, 'verified' | 'inn' | 'ogrn'>;

export const FUNDS: Invented[] = [
  {
    key: 'fund_taiga',
    kind: 'fund',
    name: 'Таёжный капитал',
    nameEn: 'Taiga Capital',
    legalForm: 'ooo',
    descriptionRu:
      'Венчурный фонд ранних стадий: инвестирует в B2B-программное обеспечение и промышленный ИИ из Сибири.',
    descriptionEn: 'Early-stage venture fund investing in B2B software and industrial AI from Siberia.',
    headcount: 9,
    foundedYear: 2017,
    sectors: ['investment', 'it_software', 'ai_data'],
  },
  {
    key: 'fund_ob',
    kind: 'fund',
    name: 'Обь Венчурс',
    nameEn: 'Ob Ventures',
    legalForm: 'ooo',
    descriptionRu:
      'Фонд посевных инвестиций для университетских команд: первые чеки, помощь с выходом на корпоративных заказчиков.',
    descriptionEn: 'Seed fund for university teams: first cheques and help in reaching corporate customers.',
    headcount: 6,
    foundedYear: 2019,
    sectors: ['investment', 'edtech', 'it_software'],
  },
  {
    key: 'fund_proton',
    kind: 'fund',
    name: 'Протон Посев',
    nameEn: 'Proton Seed',
    legalForm: 'ao',
    descriptionRu:
      'Инвестирует в глубокие технологии: электронику, фотонику и новые материалы на стадии прототипа.',
    descriptionEn:
      'Invests in deep tech — electronics, photonics and new materials — at the prototype stage.',
    headcount: 12,
    foundedYear: 2015,
    sectors: ['investment', 'electronics', 'nanotech_materials'],
  },
  {
    key: 'fund_kedr',
    kind: 'fund',
    name: 'Клуб бизнес-ангелов «Кедр»',
    nameEn: 'Kedr Angels Club',
    legalForm: 'nonprofit',
    descriptionRu:
      'Объединение частных инвесторов, которое проводит питч-сессии и синдицирует сделки для стартапов региона.',
    descriptionEn:
      'A group of private investors that runs pitch sessions and syndicates deals for startups of the region.',
    headcount: 4,
    foundedYear: 2020,
    sectors: ['investment'],
  },
  {
    key: 'fund_deeptech',
    kind: 'fund',
    name: 'Сибирский фонд медицинских технологий',
    nameEn: 'Siberian Medtech Fund',
    legalForm: 'ooo',
    descriptionRu:
      'Фонд для проектов в медицине и биотехнологиях: от доклинических исследований до регистрации изделий.',
    descriptionEn:
      'A fund for medical and biotech projects, from preclinical studies to device registration.',
    headcount: 7,
    foundedYear: 2021,
    sectors: ['investment', 'medtech_biotech', 'pharma'],
  },
];

export const CORPORATIONS: Invented[] = [
  {
    key: 'corp_nordvector',
    kind: 'corporation',
    name: 'Нордвектор Энерго',
    nameEn: 'Nordvector Energy',
    legalForm: 'pao',
    descriptionRu:
      'Энергетический холдинг: генерация и сети в Западной Сибири; ищет решения для диагностики оборудования.',
    descriptionEn:
      'Energy holding with generation and grids in Western Siberia, looking for equipment diagnostics solutions.',
    headcount: 4200,
    foundedYear: 2004,
    foreignCapitalPercent: 0,
    sectors: ['energy_efficiency', 'engineering'],
  },
  {
    key: 'corp_argon',
    kind: 'corporation',
    name: 'Аргон Индастриз',
    nameEn: 'Argon Industries',
    legalForm: 'ao',
    descriptionRu:
      'Производитель промышленной электроники и систем автоматизации с заводами в Томске и Новосибирске.',
    descriptionEn:
      'Maker of industrial electronics and automation systems with plants in Tomsk and Novosibirsk.',
    headcount: 1850,
    foundedYear: 1998,
    foreignCapitalPercent: 0,
    sectors: ['electronics', 'engineering'],
  },
  {
    key: 'corp_vasyugan',
    kind: 'corporation',
    name: 'Васюган Нефтесервис',
    nameEn: 'Vasyugan Oilfield Services',
    legalForm: 'ao',
    descriptionRu:
      'Сервисная нефтегазовая компания: бурение, ремонт скважин, цифровые двойники месторождений.',
    descriptionEn: 'Oilfield services company: drilling, well workover and digital twins of fields.',
    headcount: 3100,
    foundedYear: 2002,
    foreignCapitalPercent: 15,
    sectors: ['oil_gas_services', 'engineering'],
  },
  {
    key: 'corp_angara',
    kind: 'corporation',
    name: 'Ангарская фармацевтическая группа',
    nameEn: 'Angara Pharma Group',
    legalForm: 'ao',
    descriptionRu:
      'Фармацевтическая группа: дженерики, контрактное производство и исследования новых лекарственных форм.',
    descriptionEn:
      'Pharmaceutical group: generics, contract manufacturing and research into new dosage forms.',
    headcount: 960,
    foundedYear: 2008,
    foreignCapitalPercent: 30,
    sectors: ['pharma', 'medtech_biotech'],
  },
  {
    key: 'corp_sibtelecom',
    kind: 'corporation',
    name: 'Сибирские цифровые сети',
    nameEn: 'Siberian Digital Networks',
    legalForm: 'pao',
    descriptionRu:
      'Оператор связи и облачных сервисов для бизнеса в Сибири; развивает дата-центры и городские сети.',
    descriptionEn:
      'Telecom and cloud services operator for businesses in Siberia, building data centres and city networks.',
    headcount: 2700,
    foundedYear: 2006,
    foreignCapitalPercent: 0,
    sectors: ['telecom', 'it_software'],
  },
  {
    key: 'corp_agrosib',
    kind: 'corporation',
    name: 'Агрохолдинг «Сибирская нива»',
    nameEn: 'Siberian Field Agroholding',
    legalForm: 'ao',
    descriptionRu:
      'Агрохолдинг с растениеводством и переработкой зерна; внедряет точное земледелие и мониторинг полей.',
    descriptionEn:
      'Agricultural holding growing and processing grain, adopting precision farming and field monitoring.',
    headcount: 1400,
    foundedYear: 2011,
    foreignCapitalPercent: 0,
    sectors: ['agritech'],
  },
];
