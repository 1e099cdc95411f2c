/**
 * The signed-in session: the hub's bearer token and who it belongs to, kept in sessionStorage only, so
 * it is gone when the tab closes (never localStorage, never a cookie).
 */
export interface Session {
  accessToken: string;
  expiresAt: string;
  displayName: string;
  username: string;
  unitCode: string;
  roles: string[];
}

const KEY = 'hub.field-console.session';

export function loadSession(storage: Storage = window.sessionStorage, now: Date = new Date()): Session | null {
  const text = storage.getItem(KEY);
  if (!text) return null;
  try {
    const session = JSON.parse(text) as Session;
    if (typeof session.accessToken !== 'string' || !(new Date(session.expiresAt).getTime() > now.getTime())) {
      storage.removeItem(KEY);
      return null;
    }
    return session;
  } catch {
    storage.removeItem(KEY);
    return null;
  }
}

export function saveSession(session: Session, storage: Storage = window.sessionStorage): void {
  storage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(storage: Storage = window.sessionStorage): void {
  storage.removeItem(KEY);
}
