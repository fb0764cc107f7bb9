import { langOfPath, pathIn, stripLang } from './lang-path.ts';

describe('language in the address', () => {
  it('reads /en and /en/… as English and everything else as Swedish', () => {
    expect(langOfPath('/en')).toBe('en');
    expect(langOfPath('/en/compare')).toBe('en');
    expect(langOfPath('/')).toBe('sv');
    expect(langOfPath('/english')).toBe('sv');
    expect(langOfPath('/cities/en')).toBe('sv');
  });

  it('strips the prefix to the in-app path', () => {
    expect(stripLang('/en')).toBe('/');
    expect(stripLang('/en/')).toBe('/');
    expect(stripLang('/en/cities/malmo')).toBe('/cities/malmo');
    expect(stripLang('/cities/malmo')).toBe('/cities/malmo');
  });

  it('writes the same place in the other language, query and hash kept', () => {
    expect(pathIn('en', '/')).toBe('/en');
    expect(pathIn('en', '/?sort=latest')).toBe('/en?sort=latest');
    expect(pathIn('en', '/compare?cities=malmo#chart')).toBe('/en/compare?cities=malmo#chart');
    expect(pathIn('sv', '/compare?cities=malmo')).toBe('/compare?cities=malmo');
  });
});
