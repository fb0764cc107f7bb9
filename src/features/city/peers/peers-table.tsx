import { Link } from 'react-router-dom';
import type { PeersResponse } from '../../../../contract/peers.ts';
import type { Sector } from '../../../../contract/sectors.ts';
import { formatChange, formatDecimal, formatInteger, formatPerCapita } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';

/** Sectors shown as rows: those making up at least this share (percent) of the city or a peer; the rest are summed. */
const SHOWN_SHARE_PERCENT = 5;

type Features = NonNullable<PeersResponse['city']['features']>;

interface Column {
  id: string;
  name: string;
  features: Features;
  /** Change of the total since 2015, percent: shown beside the likeness, not part of it. */
  change: number | null;
}

/** One row of the table: a feature, and its value for the city (the first column) and each peer. */
function FeatureRow({
  label,
  columns,
  value,
}: {
  label: string;
  columns: Column[];
  value: (features: Features) => string;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {columns.map((c, i) => (
        <td key={c.id} className={i === 0 ? 'num peers-table__own' : 'num'}>
          {value(c.features)}
        </td>
      ))}
    </tr>
  );
}

/** The first row: each peer's distance from the city, with the parts it adds up from (the city's own is 0). */
function DistanceRow({ peers }: { peers: PeersResponse['peers'] }) {
  const { t, lang } = useI18n('peers');
  return (
    <tr>
      <th scope="row">{t('peers.distance')}</th>
      <td className="num peers-table__own">0</td>
      {peers.map((p) => (
        <td key={p.cityId} className="num">
          <strong>{formatDecimal(p.distance, lang, 2)}</strong>
          <span className="peers-table__parts" title={t('peers.parts')}>
            <span className="visually-hidden">{t('peers.parts')}: </span>
            {[p.contributions.sectorShares, p.contributions.perCapita, p.contributions.population]
              .map((v) => formatDecimal(v, lang, 2))
              .join(' · ')}
          </span>
        </td>
      ))}
    </tr>
  );
}

/** The last row: each city's change since 2015, an outcome shown beside the likeness, not part of it. */
function ChangeRow({ columns, year }: { columns: Column[]; year: number }) {
  const { t, lang } = useI18n('peers');
  return (
    <tr className="peers-table__outcome">
      <th scope="row">{t('peers.change2015', { year })}</th>
      {columns.map((c, i) => (
        <td key={c.id} className={i === 0 ? 'num peers-table__own' : 'num'}>
          {c.change === null ? t('table.noData') : formatChange(c.change, lang)}
        </td>
      ))}
    </tr>
  );
}

/** The city and its peers side by side, a column each, on the features that decide the likeness. */
export function PeersTable({ data, sectors }: { data: PeersResponse; sectors: readonly Sector[] }) {
  const { t, lang } = useI18n('peers');
  const own = data.city.features;
  if (!own) return null;
  const columns = [
    { id: data.city.id, name: data.city.name, features: own, change: data.city.changeSince2015Percent },
    ...data.peers.map((p) => ({ id: p.cityId, name: p.name, features: p.features, change: p.changeSince2015Percent })),
  ];
  const shown = sectors
    .filter((s) => columns.some((c) => (c.features.sectorSharesPercent[s.id] ?? 0) >= SHOWN_SHARE_PERCENT))
    .sort((a, b) => (own.sectorSharesPercent[b.id] ?? 0) - (own.sectorSharesPercent[a.id] ?? 0));
  const share = (value: number) => `${formatDecimal(value, lang, 1)} %`;
  const other = (shares: Record<string, number>) => 100 - shown.reduce((sum, s) => sum + (shares[s.id] ?? 0), 0);
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label={t('peers.caption', { city: data.city.name, year: own.year })}
    >
      <table className="data-table peers-table">
        <caption>{t('peers.caption', { city: data.city.name, year: own.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('peers.feature')}</th>
            {columns.map((c, i) => (
              <th key={c.id} scope="col" className={i === 0 ? 'num peers-table__own' : 'num'}>
                {i === 0 ? c.name : <Link to={`/cities/${c.id}`}>{c.name}</Link>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <DistanceRow peers={data.peers} />
          <FeatureRow
            label={t('peers.perCapita')}
            columns={columns}
            value={(f) => formatPerCapita(f.tonnesPerCapita, lang)}
          />
          <FeatureRow label={t('peers.population')} columns={columns} value={(f) => formatInteger(f.persons, lang)} />
          {shown.map((s) => (
            <FeatureRow
              key={s.id}
              label={t('peers.share', { sector: s.label[lang] })}
              columns={columns}
              value={(f) => share(f.sectorSharesPercent[s.id] ?? 0)}
            />
          ))}
          <FeatureRow
            label={t('peers.otherShares')}
            columns={columns}
            value={(f) => share(Math.max(0, other(f.sectorSharesPercent)))}
          />
          <ChangeRow columns={columns} year={own.year} />
        </tbody>
      </table>
    </div>
  );
}
