import { describe, expect, it } from 'vitest';
import { outcomeFor, withHandled } from './use-handled';

describe('the items an officer handled', () => {
  const a = { id: 'a', state: 'SENT' };
  const b = { id: 'b', state: 'SENT' };

  it('shows the latest answer as it is, the hub’s version of an item still in it', () => {
    const fresh = { id: 'a', state: 'DECLINED' };
    expect(withHandled([fresh, b], { a: { item: a, state: 'DECLINED' } })).toEqual([fresh, b]);
  });

  it('keeps an item the officer acted on after it has left the list, as it was, at the end', () => {
    expect(withHandled([b], { a: { item: a, state: 'ESCALATED' } })).toEqual([b, a]);
  });

  it('has nothing to show before the first answer', () => {
    expect(withHandled(null, { a: { item: a, state: 'ACCEPTED' } })).toBeNull();
  });

  it('answers the outcome while the item shows as it was or as the hub answered, and not once another unit moved it on', () => {
    const handled = { a: { item: a, state: 'DECLINED' } };
    expect(outcomeFor(a, handled)).toBe('DECLINED');
    expect(outcomeFor({ id: 'a', state: 'DECLINED' }, handled)).toBe('DECLINED');
    expect(outcomeFor({ id: 'a', state: 'ASSIGNED' }, handled)).toBeUndefined();
    expect(outcomeFor(b, handled)).toBeUndefined();
  });
});
