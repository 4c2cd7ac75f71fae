/**
 * The consent texts people agree to, versioned: a new wording gets a new version, and the ledger
 * records which version each person saw. Operators edit the wording here with their lawyer.
 */
export const CONSENT_PURPOSES = [
  'processing',
  'public_profile',
  'talent_recruiters',
  'talent_public',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface ConsentText {
  version: string;
  ru: string;
  en: string;
}

export const CONSENT_TEXTS: Record<ConsentPurpose, ConsentText> = {
  processing: {
    version: '2026-11-26',
    ru: 'Я даю согласие оператору платформы Inohub на обработку моих персональных данных — имени, адреса электронной почты, языка и часового пояса, сведений о входах и моих действиях на платформе — для ведения учётной записи, работы с заявками и программами и обеспечения безопасности (ст. 9 Федерального закона № 152-ФЗ). Согласие действует до его отзыва; отозвать его можно, удалив учётную запись в профиле.',
    en: 'I consent to the operator of the Inohub platform processing my personal data — name, email address, language and time zone, sign-ins and my actions on the platform — to run my account, handle applications and programmes and keep the platform secure (art. 9 of Federal Law No. 152-FZ). The consent is valid until withdrawn; withdraw it by deleting the account in the profile.',
  },
  public_profile: {
    version: '2026-11-26',
    ru: 'Я разрешаю показывать в разделе «Люди» моё имя и те поля профиля, которые я отметил (ст. 10.1 Федерального закона № 152-ФЗ — персональные данные, разрешённые для распространения). Снять разрешение можно в любой момент — профиль скроется сразу.',
    en: 'I allow Inohub to show my name and the profile fields I have ticked in the People section (art. 10.1 of Federal Law No. 152-FZ, data permitted for dissemination). I can withdraw this at any time; the profile is hidden at once.',
  },
  talent_recruiters: {
    version: '2026-12-03',
    ru: 'Я разрешаю показывать мой профиль студента или выпускника (учёба, навыки, языки, резюме, ссылки и пожелания к работе) рекрутерам работодателей, проверенных центром карьеры или платформой, и карьерному центру моего вуза — чтобы мне предлагали стажировки и работу (ст. 9 Федерального закона № 152-ФЗ). Отозвать разрешение можно в любой момент, выбрав «Скрыт» в профиле.',
    en: 'I allow Inohub to show my student or graduate profile (studies, skills, languages, CV, links and job preferences) to recruiters of employers verified by a career office or the platform, and to my university\'s career office, so that they can offer me internships and jobs (art. 9 of Federal Law No. 152-FZ). I can withdraw this at any time by choosing "Hidden" in the profile.',
  },
  talent_public: {
    version: '2026-12-03',
    ru: 'Я разрешаю показывать мой профиль студента или выпускника всем посетителям платформы, в том числе без входа (ст. 10.1 Федерального закона № 152-ФЗ — персональные данные, разрешённые для распространения). Резюме видят только рекрутеры проверенных работодателей. Отозвать разрешение можно в любой момент — профиль скроется сразу.',
    en: 'I allow Inohub to show my student or graduate profile to every visitor, including people who are not signed in (art. 10.1 of Federal Law No. 152-FZ, data permitted for dissemination). Only recruiters of verified employers see the CV. I can withdraw this at any time; the profile is hidden at once.',
  },
};
