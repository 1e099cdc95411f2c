import { createContext, useContext } from 'react';

/** Unit codes by their Chinese names (the `units` query, loaded once after sign-in). */
export type UnitNames = ReadonlyMap<string, string>;

export const UnitNamesContext = createContext<UnitNames>(new Map());

export function useUnitName(): (code: string | null | undefined) => string {
  const names = useContext(UnitNamesContext);
  return (code) => (code ? (names.get(code) ?? code) : '—');
}
