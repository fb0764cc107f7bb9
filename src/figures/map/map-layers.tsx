import type { MapGeometry, placeLabels } from './map-series.ts';

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

/** The cities' names where placeLabels put them (the marks themselves are named for assistive tech). */
export function MapLabelsLayer({ labels, fontSize }: { labels: ReturnType<typeof placeLabels>; fontSize: number }) {
  return (
    <g className="map-labels" aria-hidden="true" fontSize={fontSize}>
      {labels.map((label) => (
        <text key={label.id} x={label.x.toFixed(1)} y={label.y.toFixed(1)} textAnchor={label.anchor}>
          {label.text}
        </text>
      ))}
    </g>
  );
}
