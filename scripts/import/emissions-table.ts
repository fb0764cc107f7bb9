/** The emissions table lives with the release parser, which the server shares with this importer. */
export { emptyKommun, type EmissionsTable, type KommunEmissions } from '../../server/releases/emissions-table.ts';
