/**
 * Stripe-style appearance: a bank hands the provider one object with its brand, and the provider maps it to
 * the `--zwfw-*` tokens on itself, so it reaches every element inside and nothing outside.
 */
export interface Appearance {
  /** Brand colour: buttons, links, focus rings, selected states. */
  colorPrimary?: string;
  /** Text on the brand colour. */
  colorOnPrimary?: string;
  /** Body text. */
  colorText?: string;
  /** Secondary text (must keep 4.5:1 against the surface). */
  colorMuted?: string;
  /** Background of panels and inputs. */
  colorSurface?: string;
  /** Background of secondary panels. */
  colorSurfaceAlt?: string;
  /** Borders of inputs and panels (3:1 against the surface). */
  colorBorder?: string;
  /** Errors. */
  colorDanger?: string;
  /** Success. */
  colorSuccess?: string;
  /** Warnings. */
  colorWarning?: string;
  /** Corner radius, a CSS length. */
  borderRadius?: string;
  /** Font stack. */
  fontFamily?: string;
  /** Base text size, a CSS length (适老化 raises it to at least 18px). */
  fontSize?: string;
  /** Spacing: `compact`, `comfortable` (default) or `spacious`. */
  density?: 'compact' | 'comfortable' | 'spacious';
  /** The colours in dark mode (`theme="dark"`, or `auto` on a dark system), e.g. `{ colorPrimary: '#ff8a9a' }`. */
  dark?: DarkAppearance;
}

/** The colour options of an appearance, for dark mode. */
export type DarkAppearance = Pick<Appearance, `color${string}` & keyof Appearance>;

type Kind = 'color' | 'length' | 'font';

const OPTIONS: Record<Exclude<keyof Appearance, 'density' | 'dark'>, readonly [token: string, kind: Kind]> = {
  colorPrimary: ['--zwfw-color-primary', 'color'],
  colorOnPrimary: ['--zwfw-color-on-primary', 'color'],
  colorText: ['--zwfw-color-text', 'color'],
  colorMuted: ['--zwfw-color-muted', 'color'],
  colorSurface: ['--zwfw-color-surface', 'color'],
  colorSurfaceAlt: ['--zwfw-color-surface-alt', 'color'],
  colorBorder: ['--zwfw-color-border', 'color'],
  colorDanger: ['--zwfw-color-danger', 'color'],
  colorSuccess: ['--zwfw-color-success', 'color'],
  colorWarning: ['--zwfw-color-warning', 'color'],
  borderRadius: ['--zwfw-radius', 'length'],
  fontFamily: ['--zwfw-font-family', 'font'],
  fontSize: ['--zwfw-font-size', 'length'],
};

/** The spacing unit each density stands for. */
export const DENSITY_SPACE = { compact: '6px', comfortable: '8px', spacious: '12px' } as const;

/** The result of mapping an appearance: tokens to set, and one sentence per option that was refused. */
export interface AppearanceTokens {
  tokens: Record<string, string>;
  problems: string[];
}

function valid(kind: Kind, value: string): boolean {
  // Outside a browser (SSR, tests in Node) there is no CSS parser to ask; accept and let the browser decide.
  if (typeof CSS === 'undefined' || typeof CSS.supports !== 'function') return true;
  if (kind === 'color') return CSS.supports('color', value);
  if (kind === 'length') return CSS.supports('width', value) && !/%$/.test(value.trim());
  return CSS.supports('font-family', value);
}

/**
 * Maps an appearance object to tokens. Bad options never throw (a typo must not blank a bank's page): each
 * becomes a problem sentence that names the option and the fix, and is left out.
 */
export function appearanceTokens(appearance: unknown): AppearanceTokens {
  const tokens: Record<string, string> = {};
  const problems: string[] = [];
  if (appearance === undefined || appearance === null) return { tokens, problems };
  if (typeof appearance !== 'object' || Array.isArray(appearance)) {
    problems.push(`appearance must be an object such as { colorPrimary: '#c8102e' }; got ${typeof appearance}.`);
    return { tokens, problems };
  }
  for (const [name, value] of Object.entries(appearance)) {
    if (name === 'dark') {
      if (value === undefined) continue;
      // Dark colours go to the --zwfw-dark-* tokens dark mode reads; nothing but colours is allowed there.
      const dark = appearanceTokens(value);
      for (const [token, v] of Object.entries(dark.tokens)) {
        if (token.startsWith('--zwfw-color-')) tokens[token.replace('--zwfw-color-', '--zwfw-dark-color-')] = v;
        else problems.push(`appearance.dark takes colours only; move ${token.replace('--zwfw-', '')} out of it.`);
      }
      problems.push(...dark.problems.map((p) => p.replace(/^appearance/, 'appearance.dark')));
      continue;
    }
    if (name === 'density') {
      if (value === undefined) continue;
      if (typeof value === 'string' && Object.hasOwn(DENSITY_SPACE, value)) {
        tokens['--zwfw-space'] = DENSITY_SPACE[value as keyof typeof DENSITY_SPACE];
      } else {
        problems.push(`appearance.density must be 'compact', 'comfortable' or 'spacious'; got ${JSON.stringify(value)}.`);
      }
      continue;
    }
    const option = Object.hasOwn(OPTIONS, name) ? OPTIONS[name as keyof typeof OPTIONS] : undefined;
    if (!option) {
      const near = Object.keys(OPTIONS).find((k) => k.toLowerCase() === name.toLowerCase().replace(/colour/g, 'color'));
      problems.push(`appearance has no option "${name}"${near ? `; did you mean ${near}?` : ''}. Options: ${[...Object.keys(OPTIONS), 'density', 'dark'].join(', ')}.`);
      continue;
    }
    if (value === undefined) continue;
    if (typeof value !== 'string' || !valid(option[1], value)) {
      problems.push(`appearance.${name} must be a CSS ${option[1]} (for example ${option[1] === 'color' ? "'#c8102e'" : option[1] === 'length' ? "'6px'" : "'serif'"}); got ${JSON.stringify(value)}.`);
      continue;
    }
    tokens[option[0]] = value;
  }
  return { tokens, problems };
}
