/** Every UI string in Swedish and English. Keys are grouped by where they appear. */
// Type only: the admin pages', presenter mode's and the chart pages' strings load with their routes
// (register-messages.ts in admin, present and peers; messages-pages.ts for the rest), not with the first page.
import type { adminEditMessages } from './messages-admin-edit.ts';
import type { adminMessages } from './messages-admin.ts';
import type { cityMessages } from './messages-city.ts';
import type { compareMessages } from './messages-compare.ts';
import { exportMessages } from './messages-export.ts';
import type { mapMessages } from './messages-map.ts';
import type { presentMessages } from './messages-present.ts';
import type { peersMessages } from './messages-peers.ts';
import { programmeMessages } from './messages-programme.ts';
import { resilienceMessages } from './messages-resilience.ts';

const common = {
  sv: {
    'app.title': 'Klimatneutrala städer 2030',
    'app.tagline': 'Utsläpp, mål och Klimatkontrakt 2030 för programmets 23 städer',
    'nav.label': 'Huvudmeny',
    'nav.overview': 'Översikt',
    'nav.about': 'Om datan',
    'nav.compare': 'Jämför',
    'nav.map': 'Karta',
    'nav.standings': 'Rangordning',
    'nav.sectors': 'Sektorer',
    'nav.contracts': 'Klimatkontrakt',
    'nav.skip': 'Hoppa till innehållet',
    'admin.link': 'För samordnare',
    'lang.switch': 'In English',
    'lang.switchLabel': 'Switch to English',
    'state.loading': 'Hämtar data…',
    'state.error': 'Kunde inte hämta data.',
    'state.retry': 'Försök igen',
    'state.empty': 'Det finns inga städer att visa.',
    'overview.heading': 'Programmets städer',
    'overview.intro':
      'Territoriella utsläpp av växthusgaser enligt SMHI, per stad och år. Klicka på en kolumnrubrik för att sortera.',
    'headline.cities': 'städer i programmet',
    'headline.wave': '{wave1} från 2019, {wave2} från hösten 2021',
    'headline.signed': 'har signerat Klimatkontrakt 2030',
    'headline.signedOf': '{signed} av {total}',
    'headline.signedHistory': '{first} år {firstYear}; {count} i slutet av {year}',
    'headline.combined': 'sammanlagd förändring sedan 1990',
    'headline.combinedDetail': '{change2015} sedan 2015; {total} Mt CO₂e år {year}',
    'table.caption': 'De 23 städerna, utsläpp {year} ({release})',
    'table.name': 'Stad',
    'table.lan': 'Län',
    'table.wave': 'Våg',
    'table.contract': 'Klimatkontrakt 2030',
    'table.latest': 'Utsläpp {year}, ton CO₂e',
    'table.perCapita': 'Per invånare, ton',
    'table.change1990': 'Sedan 1990',
    'table.change2015': 'Sedan 2015',
    'table.sortBy': 'Sortera efter {column}',
    'table.noData': 'saknas',
    'table.inferred': 'datum härlett',
    'table.inferredNote': '* Datumet anges inte per stad i källorna utan är härlett (se Om datan).',
    'status.signed': 'Signerat',
    'status.letter-of-intent': 'Avsiktsförklaring',
    'status.joined': 'Med i programmet',
    'status.not-joined': 'Inte med',
    'status.since': 'sedan {date}',
    'source.heading': 'Källa och version',
    'source.emissions': 'Utsläpp, {release}:',
    'source.population': 'Befolkning: {title} ({licence}).',
    'source.lag':
      'SMHI publicerar kommunernas utsläpp ungefär två år i efterhand. Den här versionen redovisar åren {years}; övriga år saknas i SMHI:s data och visas inte.',
    'source.attribution': '{attribution}. Licens: {licence}.',
    'source.perCapita': 'Per invånare = årets utsläpp delat med folkmängden 31 december samma år.',
    'about.heading': 'Om datan',
    'about.intro':
      'Panelen visar territoriella utsläpp av växthusgaser: utsläpp inom kommunens gränser, enligt SMHI:s metod. Markanvändning (LULUCF), biogen koldioxid och utsläpp som inte fördelas på någon kommun ingår inte. Stora industrier i en kommun kan dominera dess totala utsläpp.',
    'about.releases': 'Versioner',
    'about.releasesBody':
      'SMHI räknar om hela tidsserien i varje ny version. Panelen blandar därför aldrig år från två versioner i samma serie; varje siffra visar sin version.',
    'about.contracts': 'Klimatkontrakt 2030: datum och källor',
    'about.version': 'Version {id}, signerad {date}',
    'about.signatories': '{contracts} städer signerade kontraktet; {letters} avsiktsförklaringar',
    'about.sources': 'Källor',
    'notFound.heading': 'Sidan finns inte',
    'notFound.body': 'Adressen {path} leder inte till någon sida.',
    'notFound.home': 'Till översikten',
    'error.boundary': 'Något gick fel när sidan skulle visas.',
    'error.reload': 'Ladda om sidan',
  },
  en: {
    'app.title': 'Climate-neutral cities 2030',
    'app.tagline': "Emissions, targets and Climate City Contracts 2030 for the programme's 23 cities",
    'nav.label': 'Main menu',
    'nav.overview': 'Overview',
    'nav.about': 'About the data',
    'nav.compare': 'Compare',
    'nav.map': 'Map',
    'nav.standings': 'Standings',
    'nav.sectors': 'Sectors',
    'nav.contracts': 'Contracts',
    'admin.link': 'For coordinators',
    'nav.skip': 'Skip to content',
    'lang.switch': 'På svenska',
    'lang.switchLabel': 'Byt till svenska',
    'state.loading': 'Loading data…',
    'state.error': 'Could not load the data.',
    'state.retry': 'Try again',
    'state.empty': 'There are no cities to show.',
    'overview.heading': "The programme's cities",
    'overview.intro':
      'Territorial greenhouse-gas emissions according to SMHI, per city and year. Select a column heading to sort.',
    'headline.cities': 'cities in the programme',
    'headline.wave': '{wave1} since 2019, {wave2} since autumn 2021',
    'headline.signed': 'have signed Klimatkontrakt 2030',
    'headline.signedOf': '{signed} of {total}',
    'headline.signedHistory': '{first} in {firstYear}; {count} by the end of {year}',
    'headline.combined': 'combined change since 1990',
    'headline.combinedDetail': '{change2015} since 2015; {total} Mt CO₂e in {year}',
    'table.caption': 'The 23 cities, emissions {year} ({release})',
    'table.name': 'City',
    'table.lan': 'County',
    'table.wave': 'Wave',
    'table.contract': 'Klimatkontrakt 2030',
    'table.latest': 'Emissions {year}, t CO₂e',
    'table.perCapita': 'Per person, t',
    'table.change1990': 'Since 1990',
    'table.change2015': 'Since 2015',
    'table.sortBy': 'Sort by {column}',
    'table.noData': 'no data',
    'table.inferred': 'date inferred',
    'table.inferredNote': '* The sources do not give this date per city; it is inferred (see About the data).',
    'status.signed': 'Signed',
    'status.letter-of-intent': 'Letter of intent',
    'status.joined': 'In the programme',
    'status.not-joined': 'Not in the programme',
    'status.since': 'since {date}',
    'source.heading': 'Source and release',
    'source.emissions': 'Emissions, {release}:',
    'source.population': 'Population: {title} ({licence}).',
    'source.lag':
      "SMHI publishes municipal emissions about two years after the fact. This release reports the years {years}; other years are missing from SMHI's data and are not shown.",
    'source.attribution': '{attribution}. Licence: {licence}.',
    'source.perCapita': 'Per person = the year’s emissions divided by the population on 31 December of the same year.',
    'about.heading': 'About the data',
    'about.intro':
      "The dashboard shows territorial greenhouse-gas emissions: emissions inside the municipality's borders, by SMHI's method. Land use (LULUCF), biogenic CO₂ and emissions not allocated to any municipality are left out. Large industrial sites can dominate a municipality's total.",
    'about.releases': 'Releases',
    'about.releasesBody':
      'SMHI recalculates its whole time series in every release. The dashboard therefore never mixes years from two releases in one series; every figure shows its release.',
    'about.contracts': 'Klimatkontrakt 2030: dates and sources',
    'about.version': 'Version {id}, signed {date}',
    'about.signatories': '{contracts} cities signed the contract; {letters} letters of intent',
    'about.sources': 'Sources',
    'notFound.heading': 'Page not found',
    'notFound.body': 'The address {path} does not lead to a page.',
    'notFound.home': 'Go to the overview',
    'error.boundary': 'Something went wrong while showing this page.',
    'error.reload': 'Reload the page',
  },
} as const;

export const messages = {
  sv: { ...common.sv, ...programmeMessages.sv, ...exportMessages.sv, ...resilienceMessages.sv },
  en: { ...common.en, ...programmeMessages.en, ...exportMessages.en, ...resilienceMessages.en },
} as const;

// Keys of features whose strings load with their route: the admin pages, presenter mode and the pages beyond the overview.
type PageKey =
  keyof (typeof cityMessages)['sv'] | keyof (typeof compareMessages)['sv'] | keyof (typeof mapMessages)['sv'];
type LazyKey =
  | keyof (typeof adminMessages)['sv']
  | keyof (typeof adminEditMessages)['sv']
  | keyof (typeof presentMessages)['sv']
  | keyof (typeof peersMessages)['sv']
  | PageKey;
export type MessageKey = keyof (typeof messages)['sv'] | LazyKey;
// Both languages must have every key: these fail to compile if English misses one.
export const englishIsComplete: Record<keyof (typeof messages)['sv'], string> = messages.en;
export type LazyEnglishIsComplete =
  Record<LazyKey, string> extends (typeof adminMessages)['en'] &
    (typeof adminEditMessages)['en'] &
    (typeof presentMessages)['en'] &
    (typeof peersMessages)['en'] &
    (typeof cityMessages)['en'] &
    (typeof compareMessages)['en'] &
    (typeof mapMessages)['en']
    ? true
    : never;

type Dictionary = Record<string, string>;
/** Strings of features loaded on demand, added by their route module before it renders. */
const added: Record<keyof typeof messages, Dictionary> = { sv: {}, en: {} };

export function addMessages(extra: { sv: Dictionary; en: Dictionary }): void {
  Object.assign(added.sv, extra.sv);
  Object.assign(added.en, extra.en);
}

/** The string for `key`; a key whose feature has not loaded yet shows as the key, never as a crash. */
export function lookupMessage(lang: keyof typeof messages, key: MessageKey): string {
  return (messages[lang] as Dictionary)[key] ?? added[lang][key] ?? key;
}
