/** The source lines every figure carries: which release, from whom, under what licence. */
import type { Release, Source } from '../../contract/common.ts';
import { useI18n } from '../lib/i18n.tsx';

/** "Utsläpp, <release>: <SMHI link>. <attribution>. Licens: …" — `lead` replaces the opening words. */
export function ReleaseSourceLine({ release, lead }: { release: Release; lead?: string }) {
  const { t, lang } = useI18n();
  return (
    <p>
      {lead ?? t('source.emissions', { release: release.label[lang] })}{' '}
      <a href={release.source.url} rel="noopener noreferrer">
        {release.source.title[lang]}
      </a>
      .{' '}
      {t('source.attribution', {
        attribution: release.source.attribution[lang],
        licence: release.source.licence[lang],
      })}
    </p>
  );
}

/** "Befolkning: <SCB table> (CC0). Per invånare = …" */
export function PopulationSourceLine({ source }: { source: Source }) {
  const { t, lang } = useI18n();
  return (
    <p>
      {t('source.population', { title: source.title[lang], licence: source.licence[lang] })} {t('source.perCapita')}
    </p>
  );
}
