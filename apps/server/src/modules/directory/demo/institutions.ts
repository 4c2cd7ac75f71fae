import type { DemoOrganization } from './types.ts';

/**
 * Public institutions of Tomsk under their real names (docs/ARCHITECTURE.md, "Demo data"). They carry qualitative
 * descriptions only: no headcount, founding figure, registration number or any other number is
 * attached to a real institution, so the demo never states an invented fact about one.
 */
const university = (
  key: string,
  name: string,
  nameEn: string,
  website: string,
  ru: string,
  en: string,
): DemoOrganization => ({
  key,
  kind: 'university',
  name,
  nameEn,
  website,
  descriptionRu: ru,
  descriptionEn: en,
  sectors: ['education_research'],
  verified: true,
});

export const UNIVERSITIES: DemoOrganization[] = [
  university(
    'tsu',
    'Томский государственный университет',
    'Tomsk State University',
    'https://www.tsu.ru',
    'ТГУ — первый университет Сибири: классическое образование, фундаментальная наука, физика, биология, гуманитарные науки и ИТ.',
    'TSU is the first university in Siberia: classical education and fundamental research in physics, biology, the humanities and IT.',
  ),
  university(
    'tpu',
    'Томский политехнический университет',
    'Tomsk Polytechnic University',
    'https://tpu.ru',
    'ТПУ — старейший технический университет за Уралом: энергетика, ядерные технологии, нефтегазовое дело, материаловедение.',
    'TPU is the oldest technical university east of the Urals: power engineering, nuclear technology, oil and gas, materials science.',
  ),
  university(
    'tusur',
    'Томский государственный университет систем управления и радиоэлектроники',
    'Tomsk State University of Control Systems and Radioelectronics (TUSUR)',
    'https://tusur.ru',
    'ТУСУР готовит инженеров радиоэлектроники, информационной безопасности и программной инженерии; известен студенческим предпринимательством.',
    'TUSUR trains engineers in radio electronics, information security and software engineering, and is known for student entrepreneurship.',
  ),
  university(
    'ssmu',
    'Сибирский государственный медицинский университет',
    'Siberian State Medical University',
    'https://ssmu.ru',
    'СибГМУ — медицинский университет с клиниками и научными лабораториями: биомедицина, фармация, трансляционные исследования.',
    'SSMU is a medical university with its own clinics and laboratories: biomedicine, pharmacy and translational research.',
  ),
  university(
    'tsuab',
    'Томский государственный архитектурно-строительный университет',
    'Tomsk State University of Architecture and Building',
    'https://tsuab.ru',
    'ТГАСУ готовит архитекторов и строителей, ведёт исследования строительных материалов и энергоэффективных зданий.',
    'TSUAB educates architects and civil engineers and researches building materials and energy-efficient buildings.',
  ),
  university(
    'tspu',
    'Томский государственный педагогический университет',
    'Tomsk State Pedagogical University',
    'https://tspu.ru',
    'ТГПУ готовит учителей и исследователей образования, развивает педагогический дизайн и цифровые образовательные практики.',
    'TSPU trains teachers and education researchers and develops instructional design and digital learning practice.',
  ),
];

export const ZONE_OPERATOR: DemoOrganization = {
  key: 'zone_operator',
  kind: 'zone_operator',
  name: 'АО «Особая экономическая зона технико-внедренческого типа «Томск»',
  nameEn: 'Special Economic Zone of Technology and Innovation "Tomsk"',
  legalName: 'Акционерное общество «Особая экономическая зона технико-внедренческого типа «Томск»',
  descriptionRu:
    'Управляющая компания особой экономической зоны: площадки, инфраструктура и сопровождение резидентов.',
  descriptionEn:
    'The managing company of the special economic zone: sites, infrastructure and support for residents.',
  sectors: ['public_administration'],
  verified: true,
};

export const REGIONAL_GOVERNMENT: DemoOrganization = {
  key: 'regional_government',
  kind: 'government',
  name: 'Администрация Томской области',
  nameEn: 'Administration of Tomsk Oblast',
  website: 'https://tomsk.gov.ru',
  descriptionRu: 'Исполнительный орган власти Томской области; отвечает за инновационную политику региона.',
  descriptionEn: 'The executive authority of Tomsk Oblast, responsible for the regional innovation policy.',
  sectors: ['public_administration'],
  verified: true,
};

/** University business incubators: units of real universities, so again no figures. */
export const INCUBATORS: DemoOrganization[] = [
  {
    key: 'incubator_tusur',
    kind: 'incubator',
    name: 'Студенческий бизнес-инкубатор ТУСУР',
    nameEn: 'TUSUR Student Business Incubator',
    descriptionRu:
      'Помогает студенческим командам ТУСУР пройти путь от идеи до первых продаж: акселерация, наставники, прототипирование.',
    descriptionEn:
      'Helps TUSUR student teams go from idea to first sales: acceleration, mentors and prototyping.',
    sectors: ['it_software', 'electronics'],
    verified: true,
  },
  {
    key: 'incubator_tpu',
    kind: 'incubator',
    name: 'Бизнес-инкубатор ТПУ',
    nameEn: 'TPU Business Incubator',
    descriptionRu:
      'Инкубатор технологических проектов Томского политехнического университета: инжиниринг, энергетика, новые материалы.',
    descriptionEn:
      'Tomsk Polytechnic University incubator for technology projects in engineering, energy and new materials.',
    sectors: ['engineering', 'energy_efficiency', 'nanotech_materials'],
    verified: true,
  },
  {
    key: 'incubator_tsu',
    kind: 'incubator',
    name: 'Бизнес-инкубатор ТГУ',
    nameEn: 'TSU Business Incubator',
    descriptionRu:
      'Поддерживает проекты студентов и учёных ТГУ в ИТ, биотехнологиях и социальном предпринимательстве.',
    descriptionEn:
      'Supports projects of TSU students and researchers in IT, biotech and social entrepreneurship.',
    sectors: ['it_software', 'medtech_biotech'],
    verified: true,
  },
  {
    key: 'incubator_ssmu',
    kind: 'incubator',
    name: 'Инкубатор медицинских стартапов СибГМУ',
    nameEn: 'SSMU Medical Startup Incubator',
    descriptionRu: 'Помогает врачам и исследователям превращать разработки в медицинские изделия и сервисы.',
    descriptionEn: 'Helps doctors and researchers turn their work into medical devices and services.',
    sectors: ['medtech_biotech'],
    verified: true,
  },
];
