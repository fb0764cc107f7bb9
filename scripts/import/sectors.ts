/** The sector list lives with the release parser, which the server shares with this importer. */
export { SECTORS, sectorIdForSmhiName } from '../../server/releases/sectors.ts';
