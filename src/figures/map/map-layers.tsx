import type { Segment } from './label-placement.ts';
import type { MapGeometry, MapLabel } from './map-series.ts';

/** The län outlines under the marks (decoration: the marks carry the names and figures). */
export function MapLanLayer({ geometry }: { geometry: MapGeometry }) {
  return (
    <g className="map-lan" aria-hidden="true">
      {geometry.lan.map((lan) => (
        <path key={lan.code} d={lan.d} className="map-lan__shape" data-lan={lan.code} />
      ))}
    </g>
  );
}

/**
 * The cities' names where they were placed (the marks themselves are named for assistive tech),
 * and a leader line from the mark to each name that had to move away from it (placeEveryLabel).
 */
export function MapLabelsLayer({
  labels,
  fontSize,
}: {
  labels: readonly (MapLabel & { leader?: Segment | null })[];
  fontSize: number;
}) {
  return (
    <g className="map-labels" aria-hidden="true" fontSize={fontSize}>
      {labels.map(
        ({ id, leader }) =>
          leader && (
            <line
              key={`leader-${id}`}
              className="map-labels__leader"
              x1={leader.x1.toFixed(1)}
              y1={leader.y1.toFixed(1)}
              x2={leader.x2.toFixed(1)}
              y2={leader.y2.toFixed(1)}
            />
          ),
      )}
      {labels.map((label) => (
        <text
          key={label.id}
          data-label-for={label.id}
          x={label.x.toFixed(1)}
          y={label.y.toFixed(1)}
          textAnchor={label.anchor}
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
