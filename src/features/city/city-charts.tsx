import { useQuery } from '@tanstack/react-query';
import type { CityDetailResponse } from '../../../contract/cities.ts';
import { HydrateApart } from '../../components/hydrate-apart.tsx';
import { QueryGate } from '../../components/query-gate.tsx';
import { ErrorState, Loading } from '../../components/query-states.tsx';
import { emissionQueries } from '../../api/queries/emissions.ts';
import { sectorQueries } from '../../api/queries/city.ts';
import { SectorSection } from './sector-section.tsx';
import { TrajectorySection } from './trajectory-section.tsx';

/** The two figures that need the emission series: the trajectory and the sector breakdown, each with its own states. */
export function CityCharts({ detail }: { detail: CityDetailResponse }) {
  const { city } = detail;
  const emissions = useQuery(emissionQueries.series({ cities: [city.id], sectors: true }));
  const sectors = useQuery(sectorQueries.list());
  if (emissions.isPending) return <Loading />;
  if (emissions.isLoadingError) return <ErrorState error={emissions.error} onRetry={() => void emissions.refetch()} />;
  const series = emissions.data.series.find((s) => s.cityId === city.id);
  return (
    <>
      <HydrateApart>
        <TrajectorySection detail={detail} emissions={emissions.data} />
      </HydrateApart>
      <HydrateApart>
        <QueryGate queries={[sectors]}>
          {(sectorsData) =>
            series && (
              <SectorSection
                cityName={city.name}
                series={series}
                sectors={sectorsData.sectors}
                release={emissions.data.release}
              />
            )
          }
        </QueryGate>
      </HydrateApart>
    </>
  );
}
