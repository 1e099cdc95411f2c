import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MaskedValue } from './MaskedValue';

describe('MaskedValue', () => {
  it('shows a masked value exactly as the hub sent it, marked 已脱敏', () => {
    const { container } = render(<MaskedValue value="3505**********0017" masked />);
    expect(screen.getByTestId('masked-text').textContent).toBe('3505**********0017');
    expect(screen.getByText('已脱敏')).toBeTruthy();
    expect(container.textContent).not.toMatch(/\d{18}/);
  });

  it('shows a value the reader may see in full without the mark', () => {
    render(<MaskedValue value="13800001111" masked={false} />);
    expect(screen.getByTestId('masked-text').textContent).toBe('13800001111');
    expect(screen.queryByText('已脱敏')).toBeNull();
  });

  it('does not claim masking for a field the hub left whole in a masked record', () => {
    render(<MaskedValue value="9135058200000005TL" masked />);
    expect(screen.queryByText('已脱敏')).toBeNull();
  });

  it('reads 未提供 for an absent value', () => {
    const { container } = render(<MaskedValue value={null} masked />);
    expect(container.textContent).toBe('未提供');
  });
});
