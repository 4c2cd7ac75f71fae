import { dictionary } from '@zxcvbn-ts/language-common';

/** The common-password list zxcvbn-ts ships (from leaked-password corpora), lower-cased. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  dictionary['passwords-common'].map((p) => p.toLowerCase()),
);
