/** A city's place in the programme in one line, from its memberships: "In the programme since Oct 2021 (Wave 2 (2021)) · EU Mission city". */
import type { Cohort, Membership } from '../../contract/index.ts';
import { formatPartialDay } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { cohortOf, missionMembership, programmeMembership } from '../lib/roster.ts';

interface Props {
  city: { memberships: Membership[] };
  cohorts: readonly Cohort[];
  /** The programme city a twin is paired with (or the twin a city is paired with), by name. */
  partnerName?: string | null;
}

export function useMembershipText() {
  const { t, lang } = useI18n();
  return ({ city, cohorts, partnerName }: Props): string => {
    const membership = programmeMembership(city);
    const cohort = cohortOf(city, cohorts);
    const parts: string[] = [];
    if (!membership || !cohort) parts.push(t('member.none'));
    else {
      const joined = formatPartialDay(membership.joinedOn, membership.joinedPrecision, lang);
      const label = cohort.label[lang];
      parts.push(
        membership.leftOn
          ? t('member.between', { joined, left: formatPartialDay(membership.leftOn, 'day', lang), cohort: label })
          : t('member.since', { joined, cohort: label }),
      );
    }
    if (partnerName && membership?.partnerId) parts.push(t('member.twin', { partner: partnerName }));
    const mission = missionMembership(city);
    if (mission) parts.push(t(mission.missionLabel ? 'member.missionLabel' : 'member.mission'));
    return parts.join(' · ');
  };
}
