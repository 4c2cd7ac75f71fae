import {
  Badge,
  type CSSVariablesResolver,
  createTheme,
  Drawer,
  InputWrapper,
  Modal,
  mergeThemeOverrides,
  Notification,
} from '@mantine/core';

/** One primary colour (blue, at a shade that keeps white text above 4.5:1), Inter, 16 px base. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: {
    fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    fontWeight: '650',
  },
  fontSizes: { xs: '0.8125rem', sm: '0.875rem', md: '1rem', lg: '1.125rem', xl: '1.25rem' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // Labels above fields, help text under them (UX.md, Forms); fields in a row stay aligned.
    InputWrapper: InputWrapper.extend({
      defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] },
    }),
    // A toast's text is gray-6 on white in Mantine (3.3:1); the dimmed colour of the theme meets AA.
    Notification: Notification.extend({
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
    // Badges carry words (kinds, statuses, roles): they wrap instead of being cut to "Бизне…".
    Badge: Badge.extend({
      defaultProps: { tt: 'none', fw: 500, radius: 'sm' },
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
      },
    }),
  },
});

/** The theme with close buttons named in the UI language (axe: button-name), unless a component names its own. */
export function localizedTheme(closeLabel: string) {
  const closeButtonProps = { 'aria-label': closeLabel };
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
        Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
        Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      },
    }),
  );
}

/** Dimmed and error text darker than Mantine's defaults so they still meet WCAG AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    // Light variants (alerts, badges) of the bright palettes: Mantine's shade 9 on shade 1 falls
    // under 4.5:1 for teal, green, lime, yellow, orange; these reach 5.7–6.2:1.
    '--mantine-color-teal-light-color': '#066649',
    '--mantine-color-green-light-color': '#1f6b2a',
    '--mantine-color-lime-light-color': '#3f6a0b',
    '--mantine-color-yellow-light-color': '#7a5200',
    '--mantine-color-orange-light-color': '#9a3d00',
    '--mantine-color-cyan-light-color': '#0a5f73',
    // The active NavLink (and every light-variant control of the primary colour) is blue-9 text on
    // blue-1, and on blue-2 under the pointer: 4.0:1 there, under AA (axe, a signed-out visit to
    // /directory). A darker blue keeps the hover feedback and reaches 5.5:1 on blue-2, 6.8:1 on blue-1.
    '--mantine-color-blue-light-color': '#0f4f8a',
    // Red alerts (a destructive step, a refused submission): red-9 on red-1 is 4.48:1; this is 6.4:1.
    '--mantine-color-red-light-color': '#a51d1d',
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
