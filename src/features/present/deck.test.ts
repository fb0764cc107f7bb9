import {
  DEFAULT_SLIDES,
  deckSearch,
  parseDeck,
  parseSlide,
  serializeSlide,
  unknownCities,
  withSlide,
  type DeckProblem,
  type SlideSpec,
} from './deck.ts';

const parse = (query: string) => parseDeck(new URLSearchParams(query));

describe('parseDeck', () => {
  it('reads the documented example, with + between cities arriving as spaces', () => {
    const deck = parse('slides=headline,map,compare:malmo+lund+uppsala:indexed,city:malmo&auto=20&lang=en&slide=2');
    expect(deck.slides).toEqual<SlideSpec[]>([
      { kind: 'headline' },
      { kind: 'map', measure: 'contract', asOf: null },
      { kind: 'compare', cities: ['malmo', 'lund', 'uppsala'], measure: 'indexed', base: 2015 },
      { kind: 'city', city: 'malmo' },
    ]);
    expect(deck).toMatchObject({ index: 1, autoSeconds: 20, lang: 'en', problems: [] });
  });

  it('accepts an escaped + (%2B) and encoded separators the same way', () => {
    expect(parse('slides=compare%3Amalmo%2Blund%3Aper-capita').slides).toEqual([
      { kind: 'compare', cities: ['malmo', 'lund'], measure: 'per-capita', base: 2015 },
    ]);
  });

  it('reads map measures, a date for the contract standings and index base years', () => {
    expect(
      parse('slides=map:on-track,map:contract:2021-10-31,map:target,compare:all:indexed-1990,compare').slides,
    ).toEqual<SlideSpec[]>([
      // `on-track` is the reference-path measure's old name: a deck linked before keeps its slide.
      { kind: 'map', measure: 'budget', asOf: null },
      { kind: 'map', measure: 'contract', asOf: '2021-10-31' },
      { kind: 'map', measure: 'target', asOf: null },
      { kind: 'compare', cities: [], measure: 'indexed', base: 1990 },
      { kind: 'compare', cities: [], measure: 'total', base: 2015 },
    ]);
  });

  it('leaves out specs it cannot use and reports each, keeping the rest in order', () => {
    const deck = parse('slides=headline,chart:foo,city:,city:Malmö,city:lund');
    expect(deck.slides).toEqual([{ kind: 'headline' }, { kind: 'city', city: 'lund' }]);
    expect(deck.problems).toEqual<DeckProblem[]>([
      { reason: 'unknown-kind', text: 'chart:foo' },
      { reason: 'missing-city', text: 'city:' },
      { reason: 'bad-city', text: 'Malmö' },
    ]);
  });

  it('keeps a slide with a bad option, on the default option, and says so', () => {
    const deck = parse('slides=compare:malmo+lund:volume,map:2021-02-30,headline:big');
    expect(deck.slides).toEqual<SlideSpec[]>([
      { kind: 'compare', cities: ['malmo', 'lund'], measure: 'total', base: 2015 },
      { kind: 'map', measure: 'contract', asOf: null },
      { kind: 'headline' },
    ]);
    expect(deck.problems.map((p) => p.reason)).toEqual(['bad-option', 'bad-option', 'bad-option']);
    // The report shows the spec as it was written in the link, with +.
    expect(deck.problems[0]?.text).toBe('compare:malmo+lund:volume (volume)');
  });

  it('falls back to the default deck, with a note, when nothing is usable', () => {
    const deck = parse('slides=nonsense');
    expect(deck.slides).toBe(DEFAULT_SLIDES);
    expect(deck.problems.map((p) => p.reason)).toEqual(['unknown-kind', 'no-slides']);
    expect(parse('slides=').problems).toEqual([{ reason: 'no-slides', text: '' }]);
  });

  it('clamps a slide number past the end and reports nonsense', () => {
    expect(parse('slides=headline,city:malmo&slide=9').index).toBe(1);
    expect(parse('slides=headline,city:malmo&slide=0')).toMatchObject({
      index: 0,
      problems: [{ reason: 'bad-slide', text: '0' }],
    });
    expect(parse('slides=headline&slide=two').problems).toEqual([{ reason: 'bad-slide', text: 'two' }]);
  });

  it('takes auto-advance from 5 to 600 whole seconds and a language of sv or en', () => {
    expect(parse('slides=headline&auto=5').autoSeconds).toBe(5);
    expect(parse('slides=headline&auto=600').autoSeconds).toBe(600);
    expect(parse('slides=headline&auto=off').autoSeconds).toBeNull();
    for (const bad of ['4', '601', '2.5', 'fast'])
      expect(parse(`slides=headline&auto=${bad}`)).toMatchObject({
        autoSeconds: null,
        problems: [{ reason: 'bad-auto', text: bad }],
      });
    expect(parse('slides=headline&lang=de')).toMatchObject({
      lang: null,
      problems: [{ reason: 'bad-lang', text: 'de' }],
    });
  });

  it('caps a deck at 40 slides', () => {
    const deck = parse(`slides=${Array.from({ length: 45 }, () => 'headline').join(',')}`);
    expect(deck.slides).toHaveLength(40);
    expect(deck.problems).toEqual([{ reason: 'too-many-slides', text: '45' }]);
  });
});

describe('unknownCities', () => {
  it('names each city the API does not know once, from compare and city slides', () => {
    const slides: SlideSpec[] = [
      { kind: 'compare', cities: ['malmo', 'atlantis'], measure: 'total', base: 2015 },
      { kind: 'city', city: 'atlantis' },
      { kind: 'city', city: 'lund' },
    ];
    expect(unknownCities(slides, ['malmo', 'lund'])).toEqual([{ reason: 'unknown-city', text: 'atlantis' }]);
  });
});

describe('serializing', () => {
  it('writes each slide without its defaults, and reads back the same deck', () => {
    const slides: SlideSpec[] = [
      { kind: 'headline' },
      { kind: 'map', measure: 'contract', asOf: null },
      { kind: 'map', measure: 'contract', asOf: '2021-10-31' },
      { kind: 'map', measure: 'per-capita', asOf: null },
      { kind: 'compare', cities: [], measure: 'total', base: 2015 },
      { kind: 'compare', cities: ['malmo', 'lund'], measure: 'total', base: 2015 },
      { kind: 'compare', cities: [], measure: 'indexed', base: 2020 },
      { kind: 'city', city: 'umea' },
    ];
    expect(slides.map(serializeSlide)).toEqual([
      'headline',
      'map',
      'map:contract:2021-10-31',
      'map:per-capita',
      'compare',
      'compare:malmo+lund',
      'compare:all:indexed-2020',
      'city:umea',
    ]);
    const search = deckSearch({ slides, autoSeconds: 30, lang: 'sv' });
    expect(search).toBe(
      '?slides=headline,map,map:contract:2021-10-31,map:per-capita,compare,compare:malmo+lund,compare:all:indexed-2020,city:umea&auto=30&lang=sv',
    );
    expect(parseDeck(new URLSearchParams(search))).toEqual({
      slides,
      index: 0,
      autoSeconds: 30,
      lang: 'sv',
      problems: [],
    });
  });

  it('sets the slide number and keeps every other part of the query as written', () => {
    expect(withSlide('?slides=headline,compare:malmo+lund&auto=20', 2)).toBe(
      '?slides=headline,compare:malmo+lund&auto=20&slide=2',
    );
    expect(withSlide('?slide=1&slides=headline,city:malmo&lang=en', 3)).toBe(
      '?slides=headline,city:malmo&lang=en&slide=3',
    );
    expect(withSlide('', 1)).toBe('?slide=1');
  });

  it('parses one spec on its own', () => {
    const problems: DeckProblem[] = [];
    expect(parseSlide('CITY:malmo', problems)).toEqual({ kind: 'city', city: 'malmo' });
    expect(problems).toEqual([]);
  });
});
