import { useEffect, useState } from 'react';

/** The main screens, in sidebar order. The URL hash names the screen so reload keeps the place. */
export const screens = ['projects', 'sources', 'codebook', 'analysis', 'review'] as const;
export type Screen = (typeof screens)[number];

export interface Route {
  screen: Screen;
  /** Further path parts, e.g. a source id: #/sources/01H… */
  params: string[];
}

export function parseRoute(hash: string): Route {
  // A query after the path (e.g. ?at=120-180 to select a segment) is not part of the route.
  const [first, ...params] = hash.replace(/^#\/?/, '').replace(/\?.*$/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const screen = screens.find((s) => s === first) ?? 'projects';
  return { screen, params: screen === first ? params : [] };
}

export function routeHref(screen: Screen, ...params: string[]): string {
  return `#/${[screen, ...params].map(encodeURIComponent).join('/')}`;
}

export function navigate(screen: Screen, ...params: string[]): void {
  window.location.hash = routeHref(screen, ...params);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
