// Coverline's one brand colour, the same in the apps, the emails and the PDFs (decision 0030). It is
// the apps' Mantine primary colour as they paint it (indigo, shade 7: packages/ui/src/theme.ts), so a
// button in an email looks like a button in the app it leads to.

/** Filled buttons, the wordmark and accent bars: white text on it, or it on white, is 4.98:1. */
export const BRAND_COLOR = '#4263eb';

/** Small brand-coloured text on a tint (Mantine indigo 9, the apps' light-variant text): 5.95:1 on #eef0f8. */
export const BRAND_COLOR_DARK = '#364fc7';
