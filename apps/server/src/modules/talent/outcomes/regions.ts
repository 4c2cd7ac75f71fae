import type { GeoBucket } from '@inohub/contracts/talent/enums';
import { geoBucketOf } from './geo.ts';

// The subjects of the Russian Federation for the region picker and for checking a reported region
// (docs/domain/talent.md, "Geography"). Codes are ISO 3166-2:RU; the six subjects that ISO 3166-2
// does not list under RU (art. 65 of the Constitution as amended in 2014 and 2022) carry codes of
// the same form so that a graduate working there can say so — they all count as "other Russia".

export interface Region {
  readonly code: string;
  readonly nameRu: string;
  readonly nameEn: string;
  /** False for the codes ISO 3166-2 does not define (see above). */
  readonly iso: boolean;
}

const r = (code: string, nameRu: string, nameEn: string, iso = true): Region => ({
  code,
  nameRu,
  nameEn,
  iso,
});

export const REGIONS: readonly Region[] = [
  // republics
  r('RU-AD', 'Республика Адыгея', 'Republic of Adygea'),
  r('RU-AL', 'Республика Алтай', 'Altai Republic'),
  r('RU-BA', 'Республика Башкортостан', 'Republic of Bashkortostan'),
  r('RU-BU', 'Республика Бурятия', 'Republic of Buryatia'),
  r('RU-DA', 'Республика Дагестан', 'Republic of Dagestan'),
  r('RU-IN', 'Республика Ингушетия', 'Republic of Ingushetia'),
  r('RU-KB', 'Кабардино-Балкарская Республика', 'Kabardino-Balkarian Republic'),
  r('RU-KL', 'Республика Калмыкия', 'Republic of Kalmykia'),
  r('RU-KC', 'Карачаево-Черкесская Республика', 'Karachay-Cherkess Republic'),
  r('RU-KR', 'Республика Карелия', 'Republic of Karelia'),
  r('RU-KO', 'Республика Коми', 'Komi Republic'),
  r('RU-ME', 'Республика Марий Эл', 'Mari El Republic'),
  r('RU-MO', 'Республика Мордовия', 'Republic of Mordovia'),
  r('RU-SA', 'Республика Саха (Якутия)', 'Sakha (Yakutia) Republic'),
  r('RU-SE', 'Республика Северная Осетия — Алания', 'Republic of North Ossetia–Alania'),
  r('RU-TA', 'Республика Татарстан', 'Republic of Tatarstan'),
  r('RU-TY', 'Республика Тыва', 'Tuva Republic'),
  r('RU-UD', 'Удмуртская Республика', 'Udmurt Republic'),
  r('RU-KK', 'Республика Хакасия', 'Republic of Khakassia'),
  r('RU-CE', 'Чеченская Республика', 'Chechen Republic'),
  r('RU-CU', 'Чувашская Республика', 'Chuvash Republic'),
  r('RU-CR', 'Республика Крым', 'Republic of Crimea', false),
  r('RU-DPR', 'Донецкая Народная Республика', 'Donetsk People’s Republic', false),
  r('RU-LPR', 'Луганская Народная Республика', 'Luhansk People’s Republic', false),
  // krais
  r('RU-ALT', 'Алтайский край', 'Altai Krai'),
  r('RU-ZAB', 'Забайкальский край', 'Zabaykalsky Krai'),
  r('RU-KAM', 'Камчатский край', 'Kamchatka Krai'),
  r('RU-KDA', 'Краснодарский край', 'Krasnodar Krai'),
  r('RU-KYA', 'Красноярский край', 'Krasnoyarsk Krai'),
  r('RU-PER', 'Пермский край', 'Perm Krai'),
  r('RU-PRI', 'Приморский край', 'Primorsky Krai'),
  r('RU-STA', 'Ставропольский край', 'Stavropol Krai'),
  r('RU-KHA', 'Хабаровский край', 'Khabarovsk Krai'),
  // oblasts
  r('RU-AMU', 'Амурская область', 'Amur Oblast'),
  r('RU-ARK', 'Архангельская область', 'Arkhangelsk Oblast'),
  r('RU-AST', 'Астраханская область', 'Astrakhan Oblast'),
  r('RU-BEL', 'Белгородская область', 'Belgorod Oblast'),
  r('RU-BRY', 'Брянская область', 'Bryansk Oblast'),
  r('RU-VLA', 'Владимирская область', 'Vladimir Oblast'),
  r('RU-VGG', 'Волгоградская область', 'Volgograd Oblast'),
  r('RU-VLG', 'Вологодская область', 'Vologda Oblast'),
  r('RU-VOR', 'Воронежская область', 'Voronezh Oblast'),
  r('RU-ZAP', 'Запорожская область', 'Zaporozhye Oblast', false),
  r('RU-IVA', 'Ивановская область', 'Ivanovo Oblast'),
  r('RU-IRK', 'Иркутская область', 'Irkutsk Oblast'),
  r('RU-KGD', 'Калининградская область', 'Kaliningrad Oblast'),
  r('RU-KLU', 'Калужская область', 'Kaluga Oblast'),
  r('RU-KEM', 'Кемеровская область — Кузбасс', 'Kemerovo Oblast — Kuzbass'),
  r('RU-KIR', 'Кировская область', 'Kirov Oblast'),
  r('RU-KOS', 'Костромская область', 'Kostroma Oblast'),
  r('RU-KGN', 'Курганская область', 'Kurgan Oblast'),
  r('RU-KRS', 'Курская область', 'Kursk Oblast'),
  r('RU-LEN', 'Ленинградская область', 'Leningrad Oblast'),
  r('RU-LIP', 'Липецкая область', 'Lipetsk Oblast'),
  r('RU-MAG', 'Магаданская область', 'Magadan Oblast'),
  r('RU-MOS', 'Московская область', 'Moscow Oblast'),
  r('RU-MUR', 'Мурманская область', 'Murmansk Oblast'),
  r('RU-NIZ', 'Нижегородская область', 'Nizhny Novgorod Oblast'),
  r('RU-NGR', 'Новгородская область', 'Novgorod Oblast'),
  r('RU-NVS', 'Новосибирская область', 'Novosibirsk Oblast'),
  r('RU-OMS', 'Омская область', 'Omsk Oblast'),
  r('RU-ORE', 'Оренбургская область', 'Orenburg Oblast'),
  r('RU-ORL', 'Орловская область', 'Oryol Oblast'),
  r('RU-PNZ', 'Пензенская область', 'Penza Oblast'),
  r('RU-PSK', 'Псковская область', 'Pskov Oblast'),
  r('RU-ROS', 'Ростовская область', 'Rostov Oblast'),
  r('RU-RYA', 'Рязанская область', 'Ryazan Oblast'),
  r('RU-SAM', 'Самарская область', 'Samara Oblast'),
  r('RU-SAR', 'Саратовская область', 'Saratov Oblast'),
  r('RU-SAK', 'Сахалинская область', 'Sakhalin Oblast'),
  r('RU-SVE', 'Свердловская область', 'Sverdlovsk Oblast'),
  r('RU-SMO', 'Смоленская область', 'Smolensk Oblast'),
  r('RU-TAM', 'Тамбовская область', 'Tambov Oblast'),
  r('RU-TVE', 'Тверская область', 'Tver Oblast'),
  r('RU-TOM', 'Томская область', 'Tomsk Oblast'),
  r('RU-TUL', 'Тульская область', 'Tula Oblast'),
  r('RU-TYU', 'Тюменская область', 'Tyumen Oblast'),
  r('RU-ULY', 'Ульяновская область', 'Ulyanovsk Oblast'),
  r('RU-KHE', 'Херсонская область', 'Kherson Oblast', false),
  r('RU-CHE', 'Челябинская область', 'Chelyabinsk Oblast'),
  r('RU-YAR', 'Ярославская область', 'Yaroslavl Oblast'),
  // federal cities
  r('RU-MOW', 'Москва', 'Moscow'),
  r('RU-SPE', 'Санкт-Петербург', 'Saint Petersburg'),
  r('RU-SEV', 'Севастополь', 'Sevastopol', false),
  // autonomous oblast and okrugs
  r('RU-YEV', 'Еврейская автономная область', 'Jewish Autonomous Oblast'),
  r('RU-NEN', 'Ненецкий автономный округ', 'Nenets Autonomous Okrug'),
  r('RU-KHM', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug — Yugra'),
  r('RU-CHU', 'Чукотский автономный округ', 'Chukotka Autonomous Okrug'),
  r('RU-YAN', 'Ямало-Ненецкий автономный округ', 'Yamalo-Nenets Autonomous Okrug'),
];

const byCode = new Map(REGIONS.map((region) => [region.code, region]));

export const isRegionCode = (code: string) => byCode.has(code);
export const regionByCode = (code: string) => byCode.get(code) ?? null;

/** The picker's list: every subject with the bucket the retention figures put it in. */
export function regionList(): Array<{ code: string; nameRu: string; nameEn: string; bucket: GeoBucket }> {
  return REGIONS.map((region) => ({
    code: region.code,
    nameRu: region.nameRu,
    nameEn: region.nameEn,
    bucket: geoBucketOf({ country: 'RU', regionCode: region.code }) ?? 'other_russia',
  })).sort((a, b) => a.nameRu.localeCompare(b.nameRu, 'ru'));
}
