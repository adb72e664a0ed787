// The Coverline look shared by every app: one palette, readable sizes and colours that pass WCAG AA.
import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const coverlineTheme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white button text and indigo links above 4.5:1 on white.
  primaryShade: { light: 7, dark: 8 },
  focusRing: 'auto',
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.3' },
      h2: { fontSize: '1.375rem', lineHeight: '1.35' },
    },
  },
  components: {
    // A long label wraps onto a second line instead of being cut off on a phone ("Set password and sign i").
    Button: { defaultProps: { size: 'md' }, classNames: { root: 'coverline-button', inner: 'coverline-button-inner', label: 'coverline-button-label' } },
    // The active link is white on the primary colour, like a filled button (Mantine's tinted light
    // variant falls under 4.5:1 when hovered).
    NavLink: { defaultProps: { variant: 'filled' } },
    // Required fields keep aria-required; the visual asterisk is left out because it becomes part of
    // the label's text ("Password *"), and our forms mark the optional fields instead.
    InputWrapper: { defaultProps: { withAsterisk: false } },
    // A pop-up gives focus back to what opened it when it closes (Mantine's Modal, Drawer and Menu do
    // already; its Popover does not by default).
    Popover: { defaultProps: { returnFocus: true } },
  },
});

/**
 * Mantine's defaults for muted, error and tinted-alert text fall under 4.5:1 on white; these
 * replacements keep every text colour at WCAG AA.
 */
export const coverlineCssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // 4.7:1 on white: date pickers render their placeholder as text, which must meet AA.
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-red-light-color': '#9b1c1c',
    '--mantine-color-green-light-color': '#1b5e20',
    '--mantine-color-orange-light-color': '#8a3106',
    '--mantine-color-yellow-light-color': '#7a4b00',
    '--mantine-color-blue-light-color': '#0b4f8a',
    '--mantine-color-violet-light-color': '#5f3dc4',
    '--mantine-color-indigo-light-color': 'var(--mantine-color-indigo-9)',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-8)',
  },
  dark: {},
});
