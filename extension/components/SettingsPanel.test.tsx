import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkedinTier } from '@/lib/settings';
import { SettingsPanel } from './SettingsPanel.tsx';

afterEach(cleanup);

describe('SettingsPanel', () => {
  it('saves the LinkedIn account tier that sets the connection note limit', async () => {
    const onSaved = vi.fn();
    render(<SettingsPanel initial={{ url: 'http://127.0.0.1:8787', token: 't', tier: 'FREE' }} onSaved={onSaved} />);
    expect(await linkedinTier.getValue()).toBe('FREE');
    fireEvent.change(screen.getByLabelText('LinkedIn account'), { target: { value: 'PREMIUM' } });
    fireEvent.click(screen.getByText('Save'));
    await screen.findByText('Saved.');
    expect(await linkedinTier.getValue()).toBe('PREMIUM');
    expect(onSaved).toHaveBeenCalled();
  });
});
