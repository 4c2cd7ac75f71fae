import { Badge, type CSSVariablesResolver, createTheme, InputWrapper } from '@mantine/core';

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

/** Dimmed and error text darker than Mantine's defaults so they still meet WCAG AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
