import { readContainerQuery, ThreeDsContainer } from './container.ts';

// Served at `${gateway}/frame/3ds`: the gateway has checked the key and the page's origin, and
// `frame-ancestors` lets only that origin frame it. A bad query leaves the container silent.
const query = readContainerQuery(location.search);
if (query) {
  document.documentElement.style.margin = document.body.style.margin = '0';
  document.documentElement.style.overflow = 'hidden';
  new ThreeDsContainer(window, query).start();
}
