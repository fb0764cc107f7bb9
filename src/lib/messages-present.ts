/** Strings of presenter mode, in Swedish and English (keys start with present.). */
export const presentMessages = {
  sv: {},
  en: {},
} as const;
