import { describe, expect, it } from 'vitest';
import { clearSession, loadSession, saveSession, type Session } from './session';

const SESSION: Session = {
  accessToken: 'token',
  expiresAt: '2026-12-04T10:00:00Z',
  displayName: '陈晓明',
  username: 'officer',
  unitCode: '350582001',
  roles: ['OFFICER'],
};

/**
 * A Storage of its own per test (Node 25+ defines a global localStorage of its own that shadows jsdom's;
 * that the browser keeps the token in sessionStorage only is checked in Chromium, field-console.e2e-spec.ts).
 */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('the session', () => {
  it('is kept under one key until sign-out clears it', () => {
    const storage = new MemoryStorage();
    saveSession(SESSION, storage);
    expect(storage.length).toBe(1);
    expect(loadSession(storage, new Date('2026-12-04T09:00:00Z'))).toEqual(SESSION);
    clearSession(storage);
    expect(storage.length).toBe(0);
    expect(loadSession(storage, new Date('2026-12-04T09:00:00Z'))).toBeNull();
  });

  it('is dropped once the token has expired, or when what is stored is not a session', () => {
    const storage = new MemoryStorage();
    saveSession(SESSION, storage);
    expect(loadSession(storage, new Date('2026-12-04T10:00:01Z'))).toBeNull();
    expect(storage.length).toBe(0);
    storage.setItem('hub.field-console.session', '{not json');
    expect(loadSession(storage)).toBeNull();
    expect(storage.length).toBe(0);
    storage.setItem('hub.field-console.session', JSON.stringify({ accessToken: 42, expiresAt: '2099-01-01T00:00:00Z' }));
    expect(loadSession(storage)).toBeNull();
  });
});
