import { Link } from 'react-router-dom';
import type { DominantSector } from '../../../../contract/peers.ts';
import { ScrollTable, TableHead } from '../../../components/data-table.tsx';
import { formatChange, formatTonnesChange } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { formatPerCapitaChange } from '../../../lib/peer-format.ts';
import { peersCompareLink } from './compare-link.ts';

/** One of a city's dominant sectors, with the city it belongs to. */
export interface CitySector {
  cityId: string;
  cityName: string;
  sector: DominantSector;
}

/** What the cutters are ranked by: the change per person, or in percent. */
export type CutMeasure = 'perCapita' | 'percent';

/** The cities that cut one sector most (per person, or in percent), with the other figures beside, each linked to a comparison. */
export function CuttersTable({ cityId, cityName, sector, by }: CitySector & { by: CutMeasure }) {
  const { t, lang } = useI18n('peers');
  const cutters = by === 'percent' ? sector.byPercent.cutters : sector.cutters;
  const first = cutters[0]?.change;
  const label = sector.label[lang];
  const caption = t(by === 'percent' ? 'cuts.captionPercent' : 'cuts.caption', {
    sector: label,
    from: first?.fromYear ?? 2015,
    to: first?.toYear ?? '',
  });
  return (
    <ScrollTable caption={caption} className="data-table--compact cutters-table">
      <TableHead
        columns={[
          { label: t('cuts.rank'), numeric: true },
          { label: t('cuts.city') },
          { label: t('cuts.perCapita'), numeric: true },
          { label: t('cuts.tonnes'), numeric: true },
          { label: t('cuts.percent'), numeric: true },
          { label: t('cuts.compare') },
        ]}
      />
      <tbody>
        {cutters.map((cutter) => (
          <tr key={cutter.cityId}>
            <td className="num">{cutter.rank}</td>
            <th scope="row">
              <Link to={`/cities/${cutter.cityId}`}>{cutter.name}</Link>
            </th>
            <td className="num">
              {cutter.change.changeTonnesPerCapita !== null
                ? formatPerCapitaChange(cutter.change.changeTonnesPerCapita, lang)
                : t('table.noData')}
            </td>
            <td className="num">{formatTonnesChange(cutter.change.changeTonnes, lang)}</td>
            <td className="num">
              {cutter.change.changePercent !== null
                ? formatChange(cutter.change.changePercent, lang)
                : t('cuts.noPercent')}
            </td>
            <td>
              <Link to={peersCompareLink([cityId, cutter.cityId])}>
                {t('cuts.compareOne', { city: cityName, peer: cutter.name })}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
