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

describe('the session', () => {
  it('is kept in sessionStorage, never localStorage, and cleared on sign-out', () => {
    saveSession(SESSION);
    expect(loadSession(sessionStorage, new Date('2026-12-04T09:00:00Z'))).toEqual(SESSION);
    expect(localStorage.length).toBe(0);
    clearSession();
    expect(loadSession(sessionStorage, new Date('2026-12-04T09:00:00Z'))).toBeNull();
  });

  it('is dropped once the token has expired, or when what is stored is not a session', () => {
    saveSession(SESSION);
    expect(loadSession(sessionStorage, new Date('2026-12-04T10:00:01Z'))).toBeNull();
    expect(sessionStorage.length).toBe(0);
    sessionStorage.setItem('hub.field-console.session', '{not json');
    expect(loadSession(sessionStorage)).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });
});
