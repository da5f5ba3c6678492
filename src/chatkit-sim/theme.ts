import type { ColorScheme, ThemeOption } from '@openai/chatkit';

export interface AppliedTheme {
  colorScheme: ColorScheme;
  /** CSS custom properties (`--ck-…`) for the widget's root, every one always set. */
  variables: Record<string, string>;
}

const radii: Record<NonNullable<ThemeOption['radius']>, string> = { pill: '999px', round: '16px', soft: '8px', sharp: '0px' };
const spacing: Record<NonNullable<ThemeOption['density']>, string> = { compact: '6px', normal: '10px', spacious: '16px' };
const surfaces: Record<ColorScheme, { background: string; foreground: string; accent: string }> = {
  light: { background: '#ffffff', foreground: '#0d0d0d', accent: '#0d0d0d' },
  dark: { background: '#212121', foreground: '#ececec', accent: '#ececec' },
};

/**
 * Turns the `theme` option into CSS variables. The real widget derives whole palettes from these
 * levers; the simulator applies them plainly (accent level, grayscale tint and shade only shift a
 * border colour) so a page or test can read exactly what was set.
 */
export function resolveTheme(theme: ColorScheme | ThemeOption | undefined): AppliedTheme {
  const option: ThemeOption = typeof theme === 'string' ? { colorScheme: theme } : (theme ?? {});
  const colorScheme = option.colorScheme ?? 'light';
  const defaults = surfaces[colorScheme] ?? surfaces.light;
  const accent = option.color?.accent;
  const gray = option.color?.grayscale;
  const hue = gray?.hue ?? 0;
  const tint = gray?.tint ?? 0;
  const shade = gray?.shade ?? 0;
  const borderLightness = (colorScheme === 'dark' ? 32 : 86) - shade * 3;
  return {
    colorScheme,
    variables: {
      '--ck-accent': accent?.primary ?? defaults.accent,
      '--ck-accent-level': String(accent?.level ?? 1),
      '--ck-surface-background': option.color?.surface?.background ?? defaults.background,
      '--ck-surface-foreground': option.color?.surface?.foreground ?? defaults.foreground,
      '--ck-gray-hue': String(hue),
      '--ck-gray-tint': String(tint),
      '--ck-gray-shade': String(shade),
      '--ck-border': `hsl(${hue} ${tint * 6}% ${borderLightness}%)`,
      '--ck-radius': radii[option.radius ?? 'pill'] ?? radii.pill,
      '--ck-space': spacing[option.density ?? 'normal'] ?? spacing.normal,
      '--ck-font-size': `${option.typography?.baseSize ?? 16}px`,
      '--ck-font-family': option.typography?.fontFamily ?? 'system-ui, sans-serif',
      '--ck-font-family-mono': option.typography?.fontFamilyMono ?? 'ui-monospace, monospace',
    },
  };
}
