import { INDEX_BASE_YEARS, type IndexBaseYear } from '../../../contract/measures.ts';
import { useI18n } from '../../lib/i18n.tsx';
import {
  FIRST_YEAR,
  LAST_YEAR,
  LAYOUTS,
  MEASURES,
  OVERLAYS,
  SCALES,
  VIEWS,
  type CompareState,
  type Overlay,
} from '../../figures/trajectory/index.ts';

interface CompareControlsProps {
  state: CompareState;
  onChange: (patch: Partial<CompareState>) => void;
}

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

function Radios<T extends string>({
  name,
  legend,
  values,
  value,
  label,
  onChange,
}: {
  name: string;
  legend: string;
  values: readonly T[];
  value: T;
  label: (v: T) => string;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="control">
      <legend>{legend}</legend>
      <div className="segmented">
        {values.map((v) => (
          <label key={v} className={v === value ? 'is-checked' : undefined}>
            <input type="radio" name={name} value={v} checked={v === value} onChange={() => onChange(v)} />
            {label(v)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The first and last year shown; each list offers only the years that keep from before to. */
function YearRange({ state, onChange }: CompareControlsProps) {
  const { t } = useI18n(['compare', 'figure-trajectory']);
  return (
    <fieldset className="control">
      <legend>{t('compare.range')}</legend>
      <label>
        {t('compare.from')}{' '}
        <select value={state.from} onChange={(e) => onChange({ from: Number(e.target.value) })}>
          {YEARS.filter((y) => y < state.to).map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('compare.to')}{' '}
        <select value={state.to} onChange={(e) => onChange({ to: Number(e.target.value) })}>
          {YEARS.filter((y) => y > state.from).map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

/** A checkbox for each overlay; they stay in OVERLAYS' order whichever is ticked first. */
function OverlayChecks({
  overlays,
  onChange,
}: {
  overlays: readonly Overlay[];
  onChange: CompareControlsProps['onChange'];
}) {
  const { t } = useI18n(['compare', 'figure-trajectory']);
  const toggleOverlay = (overlay: Overlay) =>
    onChange({
      overlays: overlays.includes(overlay)
        ? overlays.filter((o) => o !== overlay)
        : OVERLAYS.filter((o) => o === overlay || overlays.includes(o)),
    });
  return (
    <fieldset className="control">
      <legend>{t('compare.overlays')}</legend>
      {OVERLAYS.map((overlay) => (
        <label key={overlay} className="check">
          <input type="checkbox" checked={overlays.includes(overlay)} onChange={() => toggleOverlay(overlay)} />
          <span className={`overlay-key overlay-key--${overlay}`} aria-hidden="true" />
          {t(`compare.overlay.${overlay}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** Measure, base year, scale, years, overlays, layout and view: every control writes to the URL. */
export function CompareControls({ state, onChange }: CompareControlsProps) {
  const { t } = useI18n(['compare', 'figure-trajectory']);
  return (
    <div className="controls">
      <Radios
        name="measure"
        legend={t('compare.measure')}
        values={MEASURES}
        value={state.measure}
        label={(m) => t(`figure-trajectory:compare.measure.${m}`)}
        onChange={(measure) => onChange({ measure })}
      />
      {state.measure === 'indexed' && (
        <Radios
          name="base"
          legend={t('compare.base')}
          values={INDEX_BASE_YEARS.map(String)}
          value={String(state.base)}
          label={(b) => b}
          onChange={(base) => onChange({ base: Number(base) as IndexBaseYear })}
        />
      )}
      <Radios
        name="scale"
        legend={t('compare.scale')}
        values={SCALES}
        value={state.scale}
        label={(s) => t(`compare.scale.${s}`)}
        onChange={(scale) => onChange({ scale })}
      />
      <YearRange state={state} onChange={onChange} />
      <OverlayChecks overlays={state.overlays} onChange={onChange} />
      <Radios
        name="layout"
        legend={t('compare.layout')}
        values={LAYOUTS}
        value={state.layout}
        label={(l) => t(`compare.layout.${l}`)}
        onChange={(layout) => onChange({ layout })}
      />
      <Radios
        name="view"
        legend={t('compare.view')}
        values={VIEWS}
        value={state.view}
        label={(v) => t(`compare.view.${v}`)}
        onChange={(view) => onChange({ view })}
      />
    </div>
  );
}
