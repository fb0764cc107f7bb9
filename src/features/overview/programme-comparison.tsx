/**
 * The programme against the rest of Sweden (issue 18): the members combined, all other
 * municipalities combined, and Sweden's national total, as the server computes them, with the
 * method and the caveat that it is a comparison, not proof of effect.
 */
import type { ComparisonGroup, ProgrammeComparison } from '../../../contract/comparison.ts';
import { ScrollTable, TableHead } from '../../components/data-table.tsx';
import { MethodNote } from '../../components/method-note.tsx';
import { formatChange, formatDecimal, formatInteger, formatMegatonnes, formatPerCapita } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';

function GroupRow({ group, year }: { group: ComparisonGroup; year: number }) {
  const { t, lang } = useI18n('overview');
  const noData = <span className="muted">{t('table.noData')}</span>;
  const change = (value: number | null) => (value === null ? noData : formatChange(value, lang));
  const { latest } = group;
  return (
    <tr>
      <th scope="row">{group.label[lang]}</th>
      <td className="num" data-label={t('comparison.municipalities')}>
        {group.municipalities === null ? '–' : formatInteger(group.municipalities, lang)}
      </td>
      <td className="num" data-label={t('comparison.latest', { year })}>
        {latest ? `${formatMegatonnes(latest.tonnesCo2e, lang)} Mt` : noData}
      </td>
      <td className="num" data-label={t('comparison.since1990')}>
        {change(group.changeSince1990Percent)}
      </td>
      <td className="num" data-label={t('comparison.since2015')}>
        {change(group.changeSince2015Percent)}
      </td>
      <td className="num" data-label={t('comparison.perCapita', { year })}>
        {latest?.tonnesPerCapita == null ? noData : formatPerCapita(latest.tonnesPerCapita, lang)}
      </td>
      <td className="num" data-label={t('comparison.perCapitaSince2015')}>
        {change(group.perCapitaChangeSince2015Percent)}
      </td>
      <td className="num" data-label={t('comparison.index', { year })}>
        {latest?.index1990 == null ? noData : formatDecimal(latest.index1990, lang, 1)}
      </td>
    </tr>
  );
}

export function ProgrammeComparisonSection({ data }: { data: ProgrammeComparison }) {
  const { t, lang } = useI18n('overview');
  const year = data.release.dataThroughYear;
  const release = data.release.label[lang];
  const caption = t('comparison.caption', { year, release });
  const { national } = data;
  return (
    <section className="programme-comparison" aria-labelledby="programme-comparison-heading">
      <h2 id="programme-comparison-heading">{t('comparison.heading')}</h2>
      <p className="lede">{t('comparison.intro', { release })}</p>
      <ScrollTable
        caption={caption}
        className="comparison-table"
        after={
          national && (
            <p className="footnote">
              {national.sameRelease
                ? t('comparison.national', { release })
                : t('comparison.nationalOther', { national: national.releaseId, release })}
            </p>
          )
        }
      >
        <TableHead
          columns={[
            { label: t('comparison.group') },
            { label: t('comparison.municipalities'), numeric: true },
            { label: t('comparison.latest', { year }), numeric: true },
            { label: t('comparison.since1990'), numeric: true },
            { label: t('comparison.since2015'), numeric: true },
            { label: t('comparison.perCapita', { year }), numeric: true },
            { label: t('comparison.perCapitaSince2015'), numeric: true },
            { label: t('comparison.index', { year }), numeric: true },
          ]}
        />
        <tbody>
          {data.groups.map((group) => (
            <GroupRow key={group.id} group={group} year={year} />
          ))}
        </tbody>
      </ScrollTable>
      <aside className="notice programme-comparison__caveat" role="note">
        <p>{t('comparison.caveat')}</p>
        <p>{data.caveat[lang]}</p>
      </aside>
      <MethodNote texts={[data.method[lang]]} about={t('comparison.heading')} />
    </section>
  );
}
