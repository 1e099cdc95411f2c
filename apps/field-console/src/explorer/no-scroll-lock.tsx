import type { ReactNode } from 'react';

/**
 * Stands in for react-remove-scroll (vite.config.ts aliases it here). GraphiQL's dialogs and menus
 * (Radix) lock the page's scroll with it, and it does so by adding a <style> element, which the console
 * CSP (style-src 'self', nothing inline) refuses with an error in the console. The explorer fills the
 * screen and the page behind a dialog barely scrolls, so the dialog simply opens without the lock.
 * Radix passes `as: Slot` and a single child that carries the ref: the child is rendered as it is.
 */
export function RemoveScroll({ children }: { children?: ReactNode; [prop: string]: unknown }) {
  return children;
}
RemoveScroll.classNames = { fullWidth: 'width-before-scroll-bar', zeroRight: 'right-scroll-bar-position' };
