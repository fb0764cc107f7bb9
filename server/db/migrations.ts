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
];
