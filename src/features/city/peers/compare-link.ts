/** The /compare link of the peers' sections: these cities per person from 2015, the measure the cutters are ranked on. */
export function peersCompareLink(cityIds: readonly string[]): string {
  return `/compare?cities=${cityIds.join(',')}&measure=per-capita&from=2015`;
}
