// Darbnīca's service worker: the portal opens and works offline after one visit.
//
// Bundled by `cargo xtask build` (esbuild, Workbox's modules from npm) into `dist/sw.js`, where
// the build also puts the list of the app's files in place of `self.__WB_MANIFEST`: every file of
// `dist/` with its revision (xtask/src/build.rs, `service_worker`). The app registers it once the
// page is idle and talks to it with the messages below (app/src/shell/service_worker.rs).
//
// - The app's files (index.html, both wasm modules, the editor, the styles, the on-demand Python
//   library, icons) are precached in a versioned cache. A new build is a new list, so a new
//   service worker: it installs beside the old one and waits until the user says "reload"
//   (message `SKIP_WAITING`), so a tab never runs half of one version and half of another.
//   Caches of older versions are deleted when the new one takes over.
// - Every page is the app's index.html from the precache (the app's router draws it), with the
//   headers the server sent with it, Content-Security-Policy included.
// - Content (courses, exercises, models and their thumbnails, games, workshops) comes from the
//   network when it answers within a few seconds, else from the copy. On the message `WARM`, the
//   worker fetches `/api/catalogue` and, when its version is new, every address it names, then
//   answers `OFFLINE_READY` (or `OFFLINE_FAILED`).
// - Nobody's own data (account, classes, progress) is ever kept here: those requests go past.

import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

const CATALOGUE_CACHE = 'darbnica-catalogue';
const CATALOGUE_INDEX = '/api/catalogue';
// Content answers: the lists and one of each. Not /api/me, /api/classes, /api/progress…
const CONTENT = /^\/api\/(courses|models|games|workshops)(\/|$)/;
// How long a weak connection may take before the copy is used instead.
const NETWORK_TIMEOUT_SECONDS = 4;
// How many catalogue answers are fetched at once: gentle on a room's shared Wi-Fi.
const PARALLEL_FETCHES = 4;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first visit's tab is looked after at once, so that a connection lost later in the same
// visit does not stop it.
clientsClaim();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//],
  }),
);

registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin && request.method === 'GET' && CONTENT.test(url.pathname),
  new NetworkFirst({
    cacheName: CATALOGUE_CACHE,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  }),
);

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'SKIP_WAITING') {
    self.skipWaiting();
  } else if (type === 'WARM') {
    const port = event.ports[0];
    event.waitUntil(
      warm().then(
        () => port && port.postMessage({ type: 'OFFLINE_READY' }),
        (error) => port && port.postMessage({ type: 'OFFLINE_FAILED', reason: String(error) }),
      ),
    );
  }
});

// Keeps a copy of every content answer the catalogue names. The index is stored last, so a copy
// that was cut short is made again next time; answers the catalogue no longer names are dropped.
async function warm() {
  const response = await fetch(CATALOGUE_INDEX, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`${CATALOGUE_INDEX}: HTTP ${response.status}`);
  }
  const index = await response.clone().json();
  const cache = await caches.open(CATALOGUE_CACHE);
  const kept = await cache.match(CATALOGUE_INDEX);
  if (kept && (await kept.json()).version === index.version) {
    return;
  }
  const pending = [...index.urls];
  const fetchSome = async () => {
    for (let url = pending.shift(); url !== undefined; url = pending.shift()) {
      const answer = await fetch(url, { cache: 'no-cache' });
      if (!answer.ok) {
        throw new Error(`${url}: HTTP ${answer.status}`);
      }
      await cache.put(url, answer);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_FETCHES }, fetchSome));
  const wanted = new Set(index.urls.map((url) => new URL(url, self.location.origin).href));
  for (const request of await cache.keys()) {
    if (!wanted.has(request.url) && !request.url.endsWith(CATALOGUE_INDEX)) {
      await cache.delete(request);
    }
  }
  await cache.put(CATALOGUE_INDEX, response);
}
