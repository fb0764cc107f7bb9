import { useMemo, useRef, useState } from 'react';
import type { Release } from '../../../contract/common.ts';
import type { EmissionSeries } from '../../../contract/emissions.ts';
import type { Sector } from '../../../contract/sectors.ts';
import { EmptyState } from '../../components/query-states.tsx';
import { WhenNear } from '../../components/when-near.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { measureFormatters, unreportedStretches } from '../../figures/trajectory/index.ts';
import { tonnesMagnitude } from '../../lib/tonnes-axis.ts';
import {
  SectorExport,
  SectorChart,
  buildSectorChart,
  sectorPaint,
  sectorYear,
  SectorTable,
  sectorDomain,
} from '../../figures/sector-mix/index.ts';

const SECTOR_CHART_HEIGHT = 360;

interface SectorSectionProps {
  cityName: string;
  /** The city's series, fetched with sector figures. */
  series: EmissionSeries;
  sectors: Sector[];
  release: Release;
}

/** The chart's key: its sectors top to bottom, and the stripes of the unreported years when there are any. */
function SectorKey({ chart, gaps }: { chart: ReturnType<typeof buildSectorChart>; gaps: string }) {
  const { t } = useI18n(['city', 'figure-sector-mix']);
  return (
    <ul className="city-key" aria-label={t('city.sectors.legend')}>
      {[...chart.sectors].reverse().map((sector) => (
        <li key={sector.id}>
          <span className="swatch" style={{ background: sectorPaint(sector.color) }} aria-hidden="true" />
          {sector.label}
        </li>
      ))}
      {gaps && (
        <li>
          <span className="swatch swatch--gap" aria-hidden="true" />
          {t('figure-sector-mix:city.sectors.gapKey')}
        </li>
      )}
    </ul>
  );
}

/** The stacked chart's shape, and its axis in the magnitude its title names. */
function useSectorFigure(series: EmissionSeries, sectors: Sector[]) {
  const { t, lang } = useI18n();
  const chart = useMemo(() => buildSectorChart(series, sectors, lang), [series, sectors, lang]);
  const magnitude = tonnesMagnitude(sectorDomain(chart), 'linear');
  const format = useMemo(() => measureFormatters('total', lang, magnitude), [lang, magnitude]);
  return { chart, format, unit: t(`axis.total.${magnitude}`) };
}

/** Emissions by SMHI sector over the reported years, and the breakdown of a chosen year. */
export function SectorSection({ cityName, series, sectors, release }: SectorSectionProps) {
  const { t, lang } = useI18n(['city', 'figure-sector-mix']);
  const { chart, format, unit } = useSectorFigure(series, sectors);
  const years = chart.rows.map((row) => row.year);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : years.at(-1);
  const table = year === undefined ? null : sectorYear(series, sectors, year, lang);
  const gaps = unreportedStretches(years);
  const section = useRef<HTMLElement>(null);

  return (
    <section ref={section} className="city-section" aria-labelledby="city-sectors-heading">
      <h2 id="city-sectors-heading">{t('city.sectors.heading')}</h2>
      {chart.rows.length === 0 || !table ? (
        <EmptyState message={t('city.sectors.empty')} />
      ) : (
        <>
          <p className="muted">{t('city.sectors.intro')}</p>
          <div className="figure">
            <p className="figure__unit">{unit}</p>
            <div
              role="img"
              className="figure__plot"
              aria-label={t('city.sectors.label', {
                city: cityName,
                first: years[0] ?? '',
                latest: years.at(-1) ?? '',
              })}
            >
              <WhenNear height={SECTOR_CHART_HEIGHT}>
                <SectorChart
                  chart={chart}
                  formatValue={format.value}
                  formatTick={format.tick}
                  totalLabel={t('figure-sector-mix:city.sectors.total')}
                  height={SECTOR_CHART_HEIGHT}
                />
              </WhenNear>
            </div>
            <SectorKey chart={chart} gaps={gaps} />
            <p className="figure__note">
              {gaps && `${t('city.sectors.note', { gaps })} `}
              {t('source.emissions', { release: release.label[lang] })} {release.source.attribution[lang]}.
            </p>
            <SectorExport
              cityId={series.cityId}
              cityName={cityName}
              release={release}
              note={gaps ? t('city.sectors.note', { gaps }) : ''}
              unit={unit}
              containerRef={section}
              chart={chart}
              series={series}
            />
          </div>
          <SectorTable cityName={cityName} data={table} years={years} onYearChange={setChosenYear} />
        </>
      )}
    </section>
  );
}
