import { describe, expect, it } from 'vitest';
import { BRAND_COLOR, BRAND_COLOR_DARK } from './brand';

// WCAG 2.2's contrast ratio, from the relative luminance of two sRGB colours.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('the brand colour', () => {
  it('keeps white button text and brand text on white at 4.5:1 or more', () => {
    expect(contrast(BRAND_COLOR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps small brand text on the PDFs’ tint at 4.5:1 or more', () => {
    expect(contrast(BRAND_COLOR_DARK, '#eef0f8')).toBeGreaterThanOrEqual(4.5);
    // The brand colour itself would not be: that is why the tint's labels take the dark shade.
    expect(contrast(BRAND_COLOR, '#eef0f8')).toBeLessThan(4.5);
  });
});
