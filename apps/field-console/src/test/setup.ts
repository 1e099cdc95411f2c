import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// Node 25 and later have Web Storage of their own on globalThis (localStorage is undefined without
// --localstorage-file), which hides the page's: the tests use jsdom's, as the console in a browser does.
const page = (globalThis as { jsdom?: { window: Window } }).jsdom?.window;
if (page) {
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    Object.defineProperty(globalThis, name, { value: page[name], configurable: true, writable: true });
  }
}

// Each test renders into a fresh document body.
afterEach(() => cleanup());
