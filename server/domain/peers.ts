/**
 * Each city's nearest peers among the cities by what drives its emissions (issue 8).
 *
 * Features, all in the city's latest reported year (t = total, P = population on 31 December):
 *   s_k = share of sector k in t, in percent (the nine SMHI main sectors);
 *   c   = t / P, tonnes per person;
 *   n   = ln P (size on a log scale: 50 000 and 100 000 differ as much as 500 000 and 1 000 000).
 *
 * Normalisation across the cities compared (population standard deviations, σ):
 *   per capita and log population as z-scores, (x − mean) / σ;
 *   the sector shares as one block: their percentage-point differences divided by
 *   √V, V = Σ_k σ(s_k)², the block's total variance. A block so scaled varies like one
 *   z-scored feature, and each sector counts by how much it really varies: a z-score per
 *   sector would let international transport (0–0.4 %) weigh as much as road transport
 *   (19–78 %), which is not what drives a city's emissions.
 *
 * Distance (weighted Euclidean):
 *   d(a, b)² = w_s · Σ_k (s_k,a − s_k,b)² / V + w_c · ((c_a − c_b) / σ_c)² + w_n · ((n_a − n_b) / σ_n)²,
 *   with w_s = w_c = w_n = 1: what the city emits from, how much per person, and how big it is
 *   count equally. The peers are the PEER_COUNT cities with the smallest d.
 */
import type { Peer, PeerFeatures } from '../../contract/peers.ts';
import type { CityRecord, Snapshot } from './snapshot.ts';
import { latestYear, round } from './change.ts';
import { computationOf } from './assessment.ts';

export const PEER_WEIGHTS = { sectorShares: 1, perCapita: 1, population: 1 } as const;
export const PEER_COUNT = 3;

/** A city's features; null when its latest total is not positive or its population that year is unknown. */
export function peerFeatures(snapshot: Snapshot, cityId: string): PeerFeatures | null {
  const totals = snapshot.totals.get(cityId);
  const year = totals ? latestYear(totals) : undefined;
  if (!totals || year === undefined) return null;
  const tonnes = totals.get(year) ?? 0;
  const persons = snapshot.population.get(cityId)?.get(year)?.persons;
  if (tonnes <= 0 || !persons) return null;
  const values = snapshot.sectorValues.get(cityId)?.get(year) ?? {};
  const sectorSharesPercent: Record<string, number> = {};
  for (const sector of snapshot.sectors) sectorSharesPercent[sector.id] = ((values[sector.id] ?? 0) / tonnes) * 100;
  return { year, tonnesCo2e: tonnes, persons, tonnesPerCapita: tonnes / persons, sectorSharesPercent };
}

function spread(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
  return { mean, sd: Math.sqrt(variance) };
}

interface Placed {
  id: string;
  name: string;
  features: PeerFeatures;
}

/** The normalisers of the cities compared: √V for the share block, σ for per capita and log population. */
export function normalisers(placed: readonly Placed[], sectorIds: readonly string[]) {
  const variance = sectorIds.reduce(
    (sum, k) => sum + spread(placed.map((p) => p.features.sectorSharesPercent[k] ?? 0)).sd ** 2,
    0,
  );
  return {
    shareBlockSd: Math.sqrt(variance),
    perCapitaSd: spread(placed.map((p) => p.features.tonnesPerCapita)).sd,
    logPopulationSd: spread(placed.map((p) => Math.log(p.features.persons))).sd,
  };
}

const ratio = (difference: number, sd: number) => (sd > 0 ? difference / sd : 0);

/** Rounds the features for the answer: shares 2 decimals, per capita 4. */
function published(features: PeerFeatures): PeerFeatures {
  const shares = Object.fromEntries(Object.entries(features.sectorSharesPercent).map(([k, v]) => [k, round(v, 2)]));
  return { ...features, tonnesPerCapita: round(features.tonnesPerCapita, 4), sectorSharesPercent: shares };
}

/**
 * Every city's peers among `among` (the programme's members now, by default), nearest first (ties
 * by name); a city without features has none.
 */
export function allPeers(
  snapshot: Snapshot,
  count = PEER_COUNT,
  among: readonly CityRecord[] = snapshot.members,
): Map<string, { features: PeerFeatures | null; peers: Peer[] }> {
  const placed: Placed[] = among.flatMap((city) => {
    const features = peerFeatures(snapshot, city.id);
    return features ? [{ id: city.id, name: city.name, features }] : [];
  });
  const sectorIds = snapshot.sectors.map((s) => s.id);
  const norm = normalisers(placed, sectorIds);
  const result = new Map<string, { features: PeerFeatures | null; peers: Peer[] }>();
  for (const city of among) result.set(city.id, { features: null, peers: [] });
  for (const a of placed) {
    const peers = placed
      .filter((b) => b.id !== a.id)
      .map((b): Peer => {
        const shareSquares = sectorIds.reduce(
          (sum, k) => sum + ((a.features.sectorSharesPercent[k] ?? 0) - (b.features.sectorSharesPercent[k] ?? 0)) ** 2,
          0,
        );
        const sectorShares =
          PEER_WEIGHTS.sectorShares * (norm.shareBlockSd > 0 ? shareSquares / norm.shareBlockSd ** 2 : 0);
        const perCapita =
          PEER_WEIGHTS.perCapita *
          ratio(a.features.tonnesPerCapita - b.features.tonnesPerCapita, norm.perCapitaSd) ** 2;
        const population =
          PEER_WEIGHTS.population *
          ratio(Math.log(a.features.persons) - Math.log(b.features.persons), norm.logPopulationSd) ** 2;
        return {
          cityId: b.id,
          name: b.name,
          distance: Math.sqrt(sectorShares + perCapita + population),
          contributions: { sectorShares, perCapita, population },
          features: published(b.features),
          changeSince2015Percent: computationOf(snapshot, b.id).figures.changeSince2015Percent,
        };
      })
      .sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name, 'sv'))
      .slice(0, count)
      .map((peer) => ({
        ...peer,
        distance: round(peer.distance, 3),
        contributions: {
          sectorShares: round(peer.contributions.sectorShares, 3),
          perCapita: round(peer.contributions.perCapita, 3),
          population: round(peer.contributions.population, 3),
        },
      }));
    result.set(a.id, { features: published(a.features), peers });
  }
  return result;
}
