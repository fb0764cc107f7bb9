import { shapePath, type Shape } from './map-scales.ts';

/** A legend-sized mark: the same shape and colour as on the map. Decorative; the text beside it says what it means. */
export function ShapeSwatch({
  shape,
  colour,
  mine = false,
  size = 18,
}: {
  shape: Shape;
  colour: string;
  mine?: boolean;
  size?: number;
}) {
  const half = size / 2;
  return (
    <svg
      className="shape-swatch"
      width={size}
      height={size}
      viewBox={`${-half} ${-half} ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={shapePath(shape, half * 0.72)}
        fill={colour}
        className={mine ? 'map-mark__shape map-mark__shape--mine' : 'map-mark__shape'}
      />
    </svg>
  );
}
