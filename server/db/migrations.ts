/**
 * Schema migrations, applied in order inside one transaction each and tracked by
 * SQLite's `user_version`. Append new ones; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE sources (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT NOT NULL, licence TEXT NOT NULL, attribution TEXT NOT NULL
  );
  CREATE TABLE releases (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES sources(id),
    label_sv TEXT NOT NULL, label_en TEXT NOT NULL,
    data_through_year INTEGER NOT NULL,
    published TEXT NOT NULL,
    years TEXT NOT NULL,
    origin TEXT NOT NULL,
    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1))
  );
  CREATE UNIQUE INDEX releases_one_current ON releases(is_current) WHERE is_current = 1;
  CREATE TABLE sectors (
    id TEXT PRIMARY KEY, smhi_name TEXT NOT NULL UNIQUE, label_sv TEXT NOT NULL, label_en TEXT NOT NULL, position INTEGER NOT NULL
  );
  CREATE TABLE cities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kommunkod TEXT NOT NULL UNIQUE,
    lan_code TEXT NOT NULL, lan_name TEXT NOT NULL,
    wave INTEGER CHECK (wave IN (1, 2)),
    joined_on TEXT,
    lat REAL NOT NULL, lon REAL NOT NULL,
    location_kind TEXT NOT NULL, location_source TEXT NOT NULL
  );
  CREATE TABLE emissions (
    release_id TEXT NOT NULL REFERENCES releases(id),
    city_id TEXT NOT NULL REFERENCES cities(id),
    year INTEGER NOT NULL,
    sector_id TEXT NOT NULL REFERENCES sectors(id),
    tonnes_co2e REAL NOT NULL CHECK (tonnes_co2e >= 0),
    PRIMARY KEY (release_id, city_id, year, sector_id)
  ) WITHOUT ROWID;
  CREATE TABLE emission_totals (
    release_id TEXT NOT NULL REFERENCES releases(id),
    city_id TEXT NOT NULL REFERENCES cities(id),
    year INTEGER NOT NULL,
    tonnes_co2e REAL NOT NULL CHECK (tonnes_co2e >= 0),
    PRIMARY KEY (release_id, city_id, year)
  ) WITHOUT ROWID;
  CREATE TABLE population (
    city_id TEXT NOT NULL REFERENCES cities(id),
    year INTEGER NOT NULL,
    persons INTEGER NOT NULL CHECK (persons > 0),
    source_id TEXT NOT NULL REFERENCES sources(id),
    PRIMARY KEY (city_id, year)
  ) WITHOUT ROWID;
  CREATE TABLE contract_sources (id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT NOT NULL);
  CREATE TABLE contract_versions (id TEXT PRIMARY KEY, signing_day TEXT NOT NULL, note TEXT NOT NULL);
  CREATE TABLE signings (
    city_id TEXT NOT NULL REFERENCES cities(id),
    version_id TEXT NOT NULL REFERENCES contract_versions(id),
    kind TEXT NOT NULL CHECK (kind IN ('contract', 'letter-of-intent')),
    signed_on TEXT NOT NULL,
    date_certainty TEXT NOT NULL CHECK (date_certainty IN ('stated', 'inferred')),
    source_ids TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (city_id, version_id, kind)
  );
  CREATE TABLE targets (
    id TEXT PRIMARY KEY,
    city_id TEXT NOT NULL REFERENCES cities(id),
    position INTEGER NOT NULL,
    scope TEXT NOT NULL,
    is_primary INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
    target_year INTEGER NOT NULL,
    measure TEXT NOT NULL,
    statement_sv TEXT NOT NULL, statement_en TEXT NOT NULL,
    source_url TEXT NOT NULL, source_title TEXT NOT NULL, source_note TEXT NOT NULL
  );
  `,
  // 2: coordinators' writes (issue 6). Releases say when and by whom they were imported and
  // carry a hash of their figures (a re-import of the same figures is a no-op); every write
  // leaves an audit entry; the 290 municipalities tell an unknown name in an upload from a
  // real municipality outside the programme.
  `
  ALTER TABLE releases ADD COLUMN imported_at TEXT;
  ALTER TABLE releases ADD COLUMN imported_by TEXT;
  ALTER TABLE releases ADD COLUMN content_hash TEXT;
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    summary TEXT NOT NULL,
    before TEXT,
    after TEXT
  );
  CREATE TABLE municipalities (kommunkod TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, lan_code TEXT NOT NULL);
  `,
  // 3: plausible figures (issue 15). Sweden's emissions per year (sector_id NULL: the total) and
  // main sector from SMHI's national series, the bound of every municipality's figures in an
  // upload; its source and release are in meta ('national_series'). And the database itself
  // refuses an emission figure that is not a finite number (Infinity would reach readers as null).
  `
  CREATE TABLE national_emissions (
    year INTEGER NOT NULL,
    sector_id TEXT REFERENCES sectors(id),
    tonnes_co2e REAL NOT NULL CHECK (tonnes_co2e >= 0 AND tonnes_co2e < 1e300)
  );
  CREATE UNIQUE INDEX national_emissions_key ON national_emissions(year, ifnull(sector_id, ''));
  CREATE TRIGGER emissions_finite_insert BEFORE INSERT ON emissions WHEN NOT (NEW.tonnes_co2e >= 0 AND NEW.tonnes_co2e < 1e300)
    BEGIN SELECT RAISE(ABORT, 'emissions.tonnes_co2e must be a finite, non-negative number'); END;
  CREATE TRIGGER emissions_finite_update BEFORE UPDATE OF tonnes_co2e ON emissions WHEN NOT (NEW.tonnes_co2e >= 0 AND NEW.tonnes_co2e < 1e300)
    BEGIN SELECT RAISE(ABORT, 'emissions.tonnes_co2e must be a finite, non-negative number'); END;
  CREATE TRIGGER emission_totals_finite_insert BEFORE INSERT ON emission_totals WHEN NOT (NEW.tonnes_co2e >= 0 AND NEW.tonnes_co2e < 1e300)
    BEGIN SELECT RAISE(ABORT, 'emission_totals.tonnes_co2e must be a finite, non-negative number'); END;
  CREATE TRIGGER emission_totals_finite_update BEFORE UPDATE OF tonnes_co2e ON emission_totals WHEN NOT (NEW.tonnes_co2e >= 0 AND NEW.tonnes_co2e < 1e300)
    BEGIN SELECT RAISE(ABORT, 'emission_totals.tonnes_co2e must be a finite, non-negative number'); END;
  `,
  // 4: attributions in each language (issue 17): a database seeded before kept one Swedish text
  // ("Källa: …") that English pages printed too; the dataset's sources now carry {sv, en}.
  `
  UPDATE sources SET attribution = json_object(
    'sv', attribution,
    'en', CASE
      WHEN id = 'smhi-ned' THEN 'Source: SMHI, the Swedish national emissions database (via Klimatkollen/Klimatbyrån)'
      WHEN attribution = 'Källa: SCB' THEN 'Source: Statistics Sweden (SCB)'
      ELSE attribution
    END
  ) WHERE attribution NOT LIKE '{%';
  `,
  // 5: titles in each language (issue 17): a source's title was one text, Swedish or English or
  // both at once ("… (lists all 23 signers …)"), on every page. The dataset's titles are now
  // {sv, en}; a database seeded before gets them for the sources it was seeded with. A title a
  // coordinator entered since stays one text, which serves both languages.
  `
  UPDATE sources SET title = json_object(
    'sv', title,
    'en', CASE
      WHEN id = 'smhi-ned' THEN 'SMHI, the Swedish national emissions database (total greenhouse gases, territorial emissions by municipality and main sector)'
      WHEN id = 'scb-folkmangd-1950-2022' THEN 'Statistics Sweden (SCB): Population in Sweden’s municipalities 1950–2022 (borders of 2023-01-01)'
      WHEN id = 'scb-be0101-2023' THEN 'Statistics Sweden (SCB): Population in the country, counties and municipalities on 31 December 2023'
      WHEN id = 'scb-be0101-2024' THEN 'Statistics Sweden (SCB): Population in the country, counties and municipalities on 31 December 2024'
      WHEN id = 'scb-000007SF-2025M12' THEN 'Statistics Sweden (SCB): Population by month (000007SF), December 2025'
      WHEN id = 'scb-kommunkoder' THEN 'Statistics Sweden (SCB): Counties and municipalities 2023 (via sjbrg/swedish-geodata, CC0)'
      ELSE title
    END
  ) WHERE title NOT LIKE '{%';
  UPDATE contract_sources SET title = CASE id
      WHEN 'S1' THEN json_object('sv', 'Viable Cities: Europas första klimatkontrakt signerade i Sverige i dag', 'en', 'Viable Cities: Europe’s first climate contracts signed in Sweden today (in Swedish)')
      WHEN 'S2' THEN json_object('sv', 'KTH: European Viable Cities Day (2020-12-11), med de nio städerna', 'en', 'KTH: European Viable Cities Day (2020-12-11), listing the nine cities')
      WHEN 'S3' THEN json_object('sv', 'Smart City Sweden: Nine Swedish cities signed climate contract (på engelska)', 'en', 'Smart City Sweden: Nine Swedish cities signed climate contract')
      WHEN 'S4' THEN json_object('sv', 'Viable Cities: European Viable Cities Day 2021 (på engelska)', 'en', 'Viable Cities: European Viable Cities Day 2021')
      WHEN 'S5' THEN json_object('sv', 'Tillväxtverket signerade Klimatkontrakt 2030 (listar alla 23 undertecknare av 2023 års version)', 'en', 'Tillväxtverket signed Klimatkontrakt 2030 (lists all 23 signers of the 2023 version; in Swedish)')
      WHEN 'S7' THEN json_object('sv', 'Viable Cities: European Viable Cities Day 2021 (startade 2019 med nio städer; 23 städer; på engelska)', 'en', 'Viable Cities: European Viable Cities Day 2021 (started in 2019 with nine cities; 23 cities)')
      WHEN 'S8' THEN json_object('sv', 'Viable Cities: 23 städer samarbetar (fas 2 startade 28 oktober 2021)', 'en', 'Viable Cities: 23 cities work together (phase 2 launched 28 October 2021; in Swedish)')
      WHEN 'S9' THEN json_object('sv', 'Viable Cities pressmeddelande (Cision): Mobilisering för handling', 'en', 'Viable Cities press release (Cision): Mobilising for action (in Swedish)')
      WHEN 'S10' THEN json_object('sv', 'Energiintelligent: Borlänges avsiktsförklaring (2022-01-25)', 'en', 'Energiintelligent: Borlänge’s letter of intent (2022-01-25; in Swedish)')
      WHEN 'S11' THEN json_object('sv', 'Klimatneutrala Borlänge 2030: 5:e upplagan av European Viable Cities Day', 'en', 'Klimatneutrala Borlänge 2030: the 5th European Viable Cities Day (in Swedish)')
      WHEN 'S12' THEN json_object('sv', 'Europeiska kommissionen i Sverige: European Viable Cities Day 2021 (4:e upplagan, 2021-12-08; på engelska)', 'en', 'European Commission in Sweden: European Viable Cities Day 2021 (4th edition, 2021-12-08)')
      WHEN 'S13' THEN json_object('sv', 'Viable Cities: Klimatkontrakt', 'en', 'Viable Cities: Climate contracts')
      WHEN 'S14' THEN json_object('sv', 'Hållbar stad: Tillsammans mot klimatneutrala städer 2030 (6:e upplagan, 2023-12-08)', 'en', 'Hållbar stad: Together towards climate-neutral cities 2030 (6th edition, 2023-12-08; in Swedish)')
    ELSE title
  END WHERE title NOT LIKE '{%' AND id IN ('S1', 'S2', 'S3', 'S4', 'S5', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S13', 'S14')
    AND url IN ('https://viablecities.se/europas-frsta-klimatkontrakt-signerade-i-sverige-idag/', 'https://intra.kth.se/en/aktuellt/kalender/european-viable-cities-day-1.1032202', 'https://smartcitysweden.com/nine-swedish-cities-signed-climate-contract-first-of-its-kind', 'https://viablecities.se/en/european-viable-cities-day-2021-2/', 'https://tillvaxtverket.se/tillvaxtverket/omtillvaxtverket/pressochnyheter/aktuelltfrantillvaxtverket/nyhetsarkiv/tillvaxtverketsigneradeklimatkontrakt2030.5973.html', 'https://viablecities.se/en/european-viable-cities-day-2021/', 'https://viablecities.se/en/23-stader-samarbetar/', 'https://news.cision.com/se/viable-cities/r/mobilisering-for-handling-av-svenska-och-europeiska-stader-for-klimatet,c3679567', 'https://www.energiintelligent.se/2022/01/25/', 'https://klimatneutralaborlange2030.se/734-2/', 'https://sweden.representation.ec.europa.eu/events/welcome-european-viable-cities-day-2021_en', 'https://viablecities.se/en/klimatneutrala-stader-2030/klimatkontrakt/', 'https://www.hallbarstad.se/tillsammans-mot-klimatneutrala-stader-2030/');
  `,
  // 6: the programme as data (issue 18). Every municipality is a city; membership is its own
  // relation: a cohort (a wave of Klimatneutrala städer 2030, the 2024 pioneer or twin cities, the
  // EU Mission's Swedish cities) and when the city joined, how precisely that is known, when it
  // left, and the source. cities.wave and cities.joined_on are no longer read: the waves are
  // cohorts. A database seeded before gets its roster and the other municipalities from the
  // dataset (server/db/backfill.ts).
  `
  CREATE TABLE cohorts (
    id TEXT PRIMARY KEY,
    programme TEXT NOT NULL CHECK (programme IN ('kns2030', 'eu-mission')),
    kind TEXT NOT NULL CHECK (kind IN ('wave', 'pioneer', 'twin', 'mission')),
    label TEXT NOT NULL,
    note TEXT NOT NULL,
    position INTEGER NOT NULL
  );
  CREATE TABLE memberships (
    city_id TEXT NOT NULL REFERENCES cities(id),
    programme TEXT NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts(id),
    partner_id TEXT REFERENCES cities(id),
    joined_on TEXT NOT NULL,
    joined_precision TEXT NOT NULL CHECK (joined_precision IN ('day', 'month', 'year')),
    joined_certainty TEXT NOT NULL CHECK (joined_certainty IN ('stated', 'inferred')),
    left_on TEXT CHECK (left_on IS NULL OR left_on >= joined_on),
    source_url TEXT NOT NULL,
    source_title TEXT NOT NULL,
    note TEXT NOT NULL,
    mission_label TEXT,
    PRIMARY KEY (city_id, programme),
    CHECK (partner_id IS NULL OR partner_id <> city_id)
  ) WITHOUT ROWID;
  CREATE TRIGGER memberships_programme_insert BEFORE INSERT ON memberships
    WHEN NEW.programme IS NOT (SELECT programme FROM cohorts WHERE id = NEW.cohort_id)
    BEGIN SELECT RAISE(ABORT, 'memberships.programme must be its cohort''s programme'); END;
  CREATE TRIGGER memberships_programme_update BEFORE UPDATE ON memberships
    WHEN NEW.programme IS NOT (SELECT programme FROM cohorts WHERE id = NEW.cohort_id)
    BEGIN SELECT RAISE(ABORT, 'memberships.programme must be its cohort''s programme'); END;
  `,
];
