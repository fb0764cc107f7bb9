import { embedUrl, iframeSnippet } from './embed-url.ts';

describe('embed snippet', () => {
  it('points at the embed with the view’s own parameters and the language', () => {
    const params = new URLSearchParams({ cities: 'malmo,lund', measure: 'per-capita' });
    expect(embedUrl('https://example.se', '/embed/compare', params, 'en')).toBe(
      'https://example.se/embed/compare?cities=malmo,lund&measure=per-capita&lang=en',
    );
    expect(embedUrl('http://127.0.0.1:8765', '/embed/map', new URLSearchParams(), 'sv')).toBe(
      'http://127.0.0.1:8765/embed/map?lang=sv',
    );
  });

  it('is an iframe at full width with a title, lazy loading and escaped attributes', () => {
    const snippet = iframeSnippet({
      src: 'https://example.se/embed/map?measure=contract&lang=sv',
      title: 'Karta: "Klimatkontrakt"',
      height: 640,
    });
    expect(snippet).toBe(
      '<iframe src="https://example.se/embed/map?measure=contract&amp;lang=sv" title="Karta: &quot;Klimatkontrakt&quot;" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
    const frame = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://example.se/embed/map?measure=contract&lang=sv');
    expect(frame?.getAttribute('title')).toBe('Karta: "Klimatkontrakt"');
  });
});
