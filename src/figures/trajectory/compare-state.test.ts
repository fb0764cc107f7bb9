import { DEFAULTS, parseCompareState, serializeCompareState } from './compare-state.ts';

const ALL = ['boras', 'goteborg', 'lund', 'malmo', 'umea'];
const parse = (query: string) => parseCompareState(new URLSearchParams(query), ALL);

describe('compare state in the URL', () => {
  it('reads the example link from the issue exactly', () => {
    const { state, problems } = parse('cities=malmo,lund&measure=per-capita&base=2015&from=1990&to=2030&scale=log');
    expect(problems).toEqual([]);
    expect(state).toEqual({
      ...DEFAULTS,
      cities: ['malmo', 'lund'],
      measure: 'per-capita',
      base: 2015,
      from: 1990,
      to: 2030,
      scale: 'log',
    });
  });

  it('defaults to every city and the default view when the URL is bare', () => {
    expect(parse('')).toEqual({ state: { ...DEFAULTS, cities: ALL }, problems: [] });
  });

  it('treats an empty cities parameter as a deliberate empty selection', () => {
    expect(parse('cities=')).toEqual({ state: { ...DEFAULTS, cities: [] }, problems: [] });
  });

  it('falls back to defaults for bad values and reports each one', () => {
    const { state, problems } = parse(
      'measure=volume&base=1999&from=1800&to=banana&scale=cubic&overlays=trend,stars&layout=grid&view=pie',
    );
    expect(state).toEqual({ ...DEFAULTS, cities: ALL, overlays: ['trend'] });
    expect(problems.map((p) => p.parameter)).toEqual([
      'measure',
      'base',
      'from',
      'to',
      'scale',
      'overlays',
      'layout',
      'view',
    ]);
    expect(problems[0]).toEqual({ parameter: 'measure', value: 'volume', fallback: 'total' });
  });

  it('keeps the known cities, drops unknown ones and says which', () => {
    const { state, problems } = parse('cities=malmo,atlantis,lund,malmo');
    expect(state.cities).toEqual(['malmo', 'lund']);
    expect(problems).toEqual([{ parameter: 'cities', value: 'atlantis', fallback: 'malmo,lund' }]);
  });

  it('shows the default cities when none of the asked ones exist', () => {
    const { state, problems } = parse('cities=atlantis');
    expect(state.cities).toEqual(ALL);
    expect(problems[0]?.fallback).toBe('programme');
  });

  it('takes any known city, while a URL without cities= means the default ones (the programme’s)', () => {
    const known = [...ALL, 'habo'];
    expect(parseCompareState(new URLSearchParams('cities=habo,lund'), known, ALL).state.cities).toEqual([
      'habo',
      'lund',
    ]);
    expect(parseCompareState(new URLSearchParams(''), known, ALL).state.cities).toEqual(ALL);
    const withHabo = parseCompareState(new URLSearchParams('cities=habo'), known, ALL).state;
    expect(serializeCompareState(withHabo, ALL).get('cities')).toBe('habo');
    expect(serializeCompareState({ ...withHabo, cities: ALL }, ALL).has('cities')).toBe(false);
  });

  it('rejects a range that runs backwards', () => {
    const { state, problems } = parse('from=2020&to=2010');
    expect([state.from, state.to]).toEqual([DEFAULTS.from, DEFAULTS.to]);
    expect(problems[0]?.parameter).toBe('from');
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const { state } = parse(
      'cities=malmo,lund&measure=indexed&base=1990&from=2000&to=2050&overlays=target,trend&layout=multiples&view=table',
    );
    const query = serializeCompareState(state, ALL);
    expect(query.toString()).toBe(
      'cities=malmo%2Clund&measure=indexed&base=1990&from=2000&to=2050&overlays=target%2Ctrend&layout=multiples&view=table',
    );
    expect(parseCompareState(query, ALL).state).toEqual(state);
    expect(serializeCompareState({ ...DEFAULTS, cities: ALL }, ALL).toString()).toBe('');
  });
});
