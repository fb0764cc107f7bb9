import { Link } from 'react-router-dom';
import type { PeersResponse } from '../../../../contract/peers.ts';
import type { Sector } from '../../../../contract/sectors.ts';
import { formatDecimal, formatInteger, formatPerCapita } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';

/** Sectors shown as rows: those making up at least this share (percent) of the city or a peer; the rest are summed. */
const SHOWN_SHARE_PERCENT = 5;

/** The city and its peers side by side, a column each, on the features that decide the likeness. */
export function PeersTable({ data, sectors }: { data: PeersResponse; sectors: readonly Sector[] }) {
  const { t, lang } = useI18n();
  const own = data.city.features;
  if (!own) return null;
  const columns = [
    { id: data.city.id, name: data.city.name, features: own },
    ...data.peers.map((p) => ({ id: p.cityId, name: p.name, features: p.features })),
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
          <tr>
            <th scope="row">{t('peers.distance')}</th>
            <td className="num peers-table__own">0</td>
            {data.peers.map((p) => (
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
          <tr>
            <th scope="row">{t('peers.perCapita')}</th>
            {columns.map((c, i) => (
              <td key={c.id} className={i === 0 ? 'num peers-table__own' : 'num'}>
                {formatPerCapita(c.features.tonnesPerCapita, lang)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('peers.population')}</th>
            {columns.map((c, i) => (
              <td key={c.id} className={i === 0 ? 'num peers-table__own' : 'num'}>
                {formatInteger(c.features.persons, lang)}
              </td>
            ))}
          </tr>
          {shown.map((s) => (
            <tr key={s.id}>
              <th scope="row">{t('peers.share', { sector: s.label[lang] })}</th>
              {columns.map((c, i) => (
                <td key={c.id} className={i === 0 ? 'num peers-table__own' : 'num'}>
                  {share(c.features.sectorSharesPercent[s.id] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('peers.otherShares')}</th>
            {columns.map((c, i) => (
              <td key={c.id} className={i === 0 ? 'num peers-table__own' : 'num'}>
                {share(Math.max(0, other(c.features.sectorSharesPercent)))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
