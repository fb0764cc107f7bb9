/** The options of an admin city select: "choose a city" first, then every city by name. */
import type { CitySummary } from '../../../contract/cities.ts';
import { compareNames } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';

export function CityOptions({ cities }: { cities: readonly CitySummary[] }) {
  const { t } = useI18n('admin');
  const sorted = [...cities].sort((a, b) => compareNames(a.name, b.name));
  return (
    <>
      <option value="">{t('admin.signings.chooseCity')}</option>
      {sorted.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </>
  );
}
