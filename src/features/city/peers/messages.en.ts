/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'peers.change2015': 'Change in emissions 2015–{year} (not part of the likeness)',
  'peers.heading': 'Cities like yours',
  'peers.intro':
    'The three cities in the programme most like {city} in where their emissions come from, how large they are per person and how big the city is ({year}). Start here when you look for someone to learn from.',
  'peers.caption': '{city} and the most similar cities: what decides the likeness, {year}',
  'peers.feature': 'Feature',
  'peers.distance': 'Distance (0 = identical)',
  'peers.perCapita': 'Emissions per person, t',
  'peers.population': 'Population',
  'peers.share': 'Share {sector}',
  'peers.otherShares': 'Other sectors, share',
  'peers.weights':
    'Measure: weighted Euclidean distance on normalised values. Weights: sector shares {sectors}, per person {perCapita}, population (log) {population}. Under each distance are its squared parts in that order; they add up to the distance squared.',
  'peers.parts': 'Parts of the distance (sectors · per person · population)',
  'peers.compare': 'Compare {city} and {peer}',
  'peers.none': 'Similar cities cannot be worked out: the city has no emissions or population for the latest year.',
  'cuts.heading': 'Who cut fastest in your biggest sectors',
  'cuts.intro':
    '{city}’s biggest sectors in {year} and the cities that have cut them most since 2015, per person or in percent.',
  'cuts.rankBy': 'Rank by',
  'cuts.by.perCapita': 'Tonnes per person',
  'cuts.by.percent': 'Percent',
  'cuts.percentNote':
    'In percent, a city with little of the sector’s emissions in 2015 stands out more; per person, size weighs evenly.',
  'cuts.captionPercent': 'Largest cut in percent in {sector}, {from}–{to}',
  'cuts.nonePercent': 'No other city has cut this sector since 2015.',
  'cuts.sector': '{sector}: {share} of {city}’s emissions',
  'cuts.own': '{city} itself: {perCapita} t per person ({tonnes} t, {percent}); rank {rank} of {of} {by}.',
  'cuts.own.perCapita': 'per person',
  'cuts.own.percent': 'in percent',
  'cuts.ownNone': '{city} has no figures for 2015 or the latest year in this sector.',
  'cuts.caption': 'Largest cut per person in {sector}, {from}–{to}',
  'cuts.rank': 'Rank',
  'cuts.city': 'City',
  'cuts.perCapita': 'Per person, t',
  'cuts.tonnes': 't CO₂e',
  'cuts.percent': 'Percent',
  'cuts.noPercent': 'no % (0 t in 2015)',
  'cuts.compare': 'Compare',
  'cuts.compareOne': 'Compare {city} and {peer}',
  'cuts.compareAll': 'Compare {city} with all {count}',
  'cuts.none': 'No other city has cut this sector per person since 2015.',
  'cuts.compareNote': 'The comparison shows the cities’ total emissions per person from 2015.',
} as const satisfies Record<keyof typeof sv, string>;
