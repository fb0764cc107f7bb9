import { PAGES, resolvePages } from './pages.ts';

describe('resolvePages', () => {
  it('is every page when none is asked for', () => {
    expect(resolvePages(undefined)).toEqual({
      paths: ['/', '/compare?cities=malmo,lund,umea', '/cities/malmo', '/map', '/sectors'],
    });
    expect(resolvePages([])).toEqual({ paths: Object.values(PAGES) });
  });

  it('takes names separated by commas and whole paths, once each, in the order given', () => {
    expect(resolvePages(['map,home', '/compare?cities=malmo,lund', 'map'])).toEqual({
      paths: ['/map', '/', '/compare?cities=malmo,lund'],
    });
    expect(resolvePages(['home,/programme'])).toEqual({ paths: ['/', '/programme'] });
  });

  it('refuses an unknown name, saying which are known', () => {
    expect(resolvePages(['home,atlas'])).toEqual({
      error: "unknown page 'atlas'; known: home, compare, city, map, sectors, or a path starting with /",
    });
    expect(resolvePages([' , '])).toEqual({ error: 'no page given' });
  });
});
