/** Why a province is refused (docs/cli.md). */
export const PROVINCE_MESSAGE =
  "must be one of Iran's 31 provinces, in Persian or English (کرمان, Kerman); garbled letters mean the file's encoding was misread: save it as UTF-8";
