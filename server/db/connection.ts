/** The type of a connection to the dashboard's SQLite database, for every module that reads or writes it. */
import type Database from 'better-sqlite3';

export type Db = Database.Database;
