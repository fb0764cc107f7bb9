import { SourcedText } from '../../components/sourced-text.tsx';
import type { CitySummary } from '../../../contract/cities.ts';
import type { ContractsResponse, Signing } from '../../../contract/contracts.ts';
import { compareNames, formatDay } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';

interface Group {
  versionId: string;
  kind: Signing['kind'];
  signedOn: string;
  inferred: boolean;
  cityIds: string[];
  sourceIds: string[];
  note: Signing['note'];
}

/** Signings grouped by version, kind and day, in date order. */
export function groupSignings(signings: readonly Signing[]): Group[] {
  const groups = new Map<string, Group>();
  for (const s of signings) {
    const key = `${s.versionId}|${s.kind}|${s.signedOn}`;
    const group: Group = groups.get(key) ?? {
      versionId: s.versionId,
      kind: s.kind,
      signedOn: s.signedOn,
      inferred: false,
      cityIds: [],
      sourceIds: [],
      note: s.note,
    };
    group.cityIds.push(s.cityId);
    group.inferred ||= s.dateCertainty === 'inferred';
    for (const id of s.sourceIds) if (!group.sourceIds.includes(id)) group.sourceIds.push(id);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.kind.localeCompare(b.kind));
}

/** The yearly versions as a timeline; what happened after the chosen day is greyed out. */
export function ContractTimeline({ contracts, cities }: { contracts: ContractsResponse; cities: CitySummary[] }) {
  const { t, lang } = useI18n('contracts');
  const names = new Map(cities.map((c) => [c.id, c.name]));
  const sources = new Map(contracts.sources.map((s) => [s.id, s]));
  const groups = groupSignings(contracts.signings);
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('contracts.timeline')}</h2>
      <ol className="timeline__list">
        {groups.map((group) => {
          const future = group.signedOn > contracts.asOf;
          return (
            <li
              key={`${group.versionId}-${group.kind}`}
              className={`timeline__item timeline__item--${group.kind}${future ? ' is-future' : ''}`}
            >
              <p className="timeline__date">
                <time dateTime={group.signedOn}>{formatDay(group.signedOn, lang)}</time>
                {group.inferred && <abbr title={t('table.inferred')}>*</abbr>}
                {future && <span className="muted"> · {t('contracts.notYet')}</span>}
              </p>
              <h3 className="timeline__title">
                {t('contracts.version', { id: group.versionId })}:{' '}
                {t(`contracts.kind.${group.kind}`, { count: group.cityIds.length })}
              </h3>
              <p className="timeline__cities">
                {group.cityIds
                  .map((id) => names.get(id) ?? id)
                  .sort(compareNames)
                  .join(', ')}
              </p>
              <p className="timeline__note">
                <SourcedText text={group.note[lang]} sources={contracts.sources} />
              </p>
              <p className="timeline__sources">
                {t('contracts.sources')}:{' '}
                {group.sourceIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <a href={sources.get(id)?.url} rel="noopener noreferrer">
                      {sources.get(id)?.title[lang] ?? id}
                    </a>
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ol>
      <p className="muted">
        {t('contracts.inferred')} {t('contracts.laterNote')}
      </p>
    </section>
  );
}
