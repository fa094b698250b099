import { describe, expect, it } from 'vitest';
import { isDarkBackground, parseComputedColour, relativeLuminance } from '../../../lib/colour';

describe('page background', () => {
  it('reads computed colours in both syntaxes', () => {
    expect(parseComputedColour('rgb(12, 34, 56)')).toEqual([12, 34, 56, 1]);
    expect(parseComputedColour('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseComputedColour('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseComputedColour('transparent')).toBeNull();
  });

  it('measures luminance as WCAG does', () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1);
    expect(relativeLuminance([128, 128, 128])).toBeCloseTo(0.2158, 3);
  });

  it('looks through transparent layers to the first painted one, white when none is', () => {
    expect(isDarkBackground(['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)', 'rgb(255, 255, 255)'])).toBe(true);
    expect(isDarkBackground(['rgb(250, 250, 245)', 'rgb(0, 0, 0)'])).toBe(false);
    expect(isDarkBackground(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'])).toBe(false);
    expect(isDarkBackground([])).toBe(false);
    // Mid grey: dark text still reads better on it.
    expect(isDarkBackground(['rgb(140, 140, 140)'])).toBe(false);
  });
});
