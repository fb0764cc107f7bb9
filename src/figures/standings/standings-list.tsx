import { Link } from 'react-router-dom';
import { TableHead } from '../../components/data-table.tsx';
import type { StandingsResponse } from '../../../contract/standings.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useMyCity } from '../../lib/my-city.tsx';
import { StandingsExport } from './standings-export.tsx';
import { formatMeasure, RANK_LABELS } from './rank-measures.ts';
import { TargetStandingBadge } from '../../components/on-track-badge.tsx';

interface StandingsRowProps {
  entry: StandingsResponse['entries'][number];
  measure: StandingsResponse['measure'];
  /** The largest absolute value, which fills the bar. */
  largest: number;
  /** Whether any value is negative: then bars grow both ways from the middle. */
  hasNegative: boolean;
  /** The reader's own city. */
  mine: boolean;
  /** Against own targets: each city's standing in a column of its own. */
  withStanding: boolean;
}

/** One city: its rank, name, value and bar. */
function StandingsRow({ entry, measure, largest, hasNegative, mine, withStanding }: StandingsRowProps) {
  const { t, lang } = useI18n(['figure-standings']);
  const share = entry.value === null ? 0 : (Math.abs(entry.value) / largest) * (hasNegative ? 50 : 100);
  const negative = (entry.value ?? 0) < 0;
  return (
    <tr className={mine ? 'is-my-city' : undefined} aria-current={mine ? 'true' : undefined}>
      <td className="num">{entry.rank ?? '–'}</td>
      <th scope="row">
        <Link to={`/cities/${entry.cityId}`}>{entry.name}</Link>
        {mine && <span className="badge"> ★ {t('myCity.badge')}</span>}
      </th>
      <td className="num">
        {entry.value === null ? t('standings.noValue') : formatMeasure(measure, entry.value, lang)}
      </td>
      {withStanding && (
        <td className="standings__standing">
          <TargetStandingBadge standing={entry.targetStanding} />
        </td>
      )}
      <td className="standings__bar-cell" aria-hidden="true">
        <span
          className={`standings__bar${negative ? ' standings__bar--negative' : ''}`}
          style={
            hasNegative ? { width: `${share}%`, [negative ? 'right' : 'left']: '50%' } : { width: `${share}%`, left: 0 }
          }
        />
        {hasNegative && <span className="standings__zero" />}
      </td>
    </tr>
  );
}

/** The ranked cities as a table with a bar per value (bars grow from zero, left for cuts). */
export function StandingsList({ data }: { data: StandingsResponse }) {
  const { t, lang } = useI18n(['figure-standings']);
  const { myCity } = useMyCity();
  const largest = Math.max(1e-9, ...data.entries.map((e) => Math.abs(e.value ?? 0)));
  const hasNegative = data.entries.some((e) => (e.value ?? 0) < 0);
  const measure = t(RANK_LABELS[data.measure]);
  const withStanding = data.measure === 'targetGapPercent';
  return (
    <>
      <StandingsExport data={data} measureLabel={measure} />
      <div className="table-wrap">
        <table className={`data-table standings${withStanding ? ' standings--with-standing' : ''}`}>
          <caption>
            {t('standings.caption', {
              measure: measure.toLocaleLowerCase(lang === 'sv' ? 'sv-SE' : 'en-GB'),
              release: data.release.label[lang],
            })}
          </caption>
          <TableHead
            columns={[
              { label: t('standings.rank'), numeric: true },
              { label: t('standings.city') },
              { label: measure, numeric: true },
              ...(withStanding ? [{ label: t('standings.standing') }] : []),
              { className: 'standings__bar-head', decorative: true },
            ]}
          />
          <tbody>
            {data.entries.map((entry) => (
              <StandingsRow
                key={entry.cityId}
                entry={entry}
                measure={data.measure}
                largest={largest}
                hasNegative={hasNegative}
                mine={entry.cityId === myCity}
                withStanding={withStanding}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
