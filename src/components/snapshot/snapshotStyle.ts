/**
 * What a standalone SVG snapshot carries for style: each graphic's rules (its definition's
 * `snapshotRules`) scoped under SNAPSHOT_CLASS, so a snapshot inlined in a page never restyles
 * a live graphic beside it, written into its one `<style>` through `styleElement`.
 */
import type { SnapshotRules } from '../../core/defineGraphic.js';
import { themeColors } from '../../core/theme.js';
import type { Theme } from '../../schema/storySchema.js';

/** Class of a snapshot's outer `<svg>`: the scope of its CSS. */
export const SNAPSHOT_CLASS = 'scrollstage-snapshot';

const scoped = (selector: string) =>
  selector
    .split(',')
    .map((s) => `.${SNAPSHOT_CLASS} ${s.trim()}`)
    .join(', ');

/** The stylesheet text for a `<style>` element inside a snapshot's `<svg>`. */
export function snapshotCss(rules: SnapshotRules): string {
  return rules.map(([selector, declarations]) => `${scoped(selector)} { ${declarations} }`).join('\n');
}
/**
 * CSS with each `var(--ss-NAME, fallback)` written as the story's colour of that name (its
 * fallback when the theme has none), and `var(--ss-font, …)` as the theme's font: a file
 * opened in any SVG viewer sees concrete values.
 */
export function withThemeColors(css: string, colors: Readonly<Record<string, string>>, font?: string): string {
  return css.replace(/var\(--ss-([\w-]+)(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g, (match, name: string, fallback: string | undefined) => {
    if (name === 'font') return font ?? fallback?.trim() ?? match;
    return colors[name] ?? fallback?.trim() ?? match;
  });
}

/**
 * A `<style>` element for markup written as a string (`{@html}`): the CSS with every `<`
 * and `&` written as the CSS escapes `\3c ` and `\26 `, so whatever the text, nothing in
 * it can close the element or open another in an HTML page, and no entity starts in a
 * standalone SVG file (XML, where `&` in a style would break the whole file). Neither has a
 * meaning in CSS outside strings and identifiers, where the escapes read the same.
 * SNAPSHOT_CSS has neither and passes through unchanged.
 */
export function styleElement(css: string): string {
  return `<style>${css.replace(/[<&]/g, (c) => (c === '<' ? '\\3c ' : '\\26 '))}</style>`;
}

/**
 * The one `<style>` a snapshot drawing writes with `{@html}` (SnapshotGraphic, the export's
 * ExportStage): the snapshot CSS of each graphic type drawn, with the story's colours and
 * font written in, through styleElement. '' when no type drawn has snapshot CSS. Every
 * `{@html}` value comes from here, so nothing a story contains can leave the element.
 */
export function snapshotStyleElement(story: { theme?: Theme | undefined }, rules: readonly (SnapshotRules | undefined)[]): string {
  const css = rules
    .filter((r): r is SnapshotRules => !!r?.length)
    .map(snapshotCss)
    .join('\n');
  return css ? styleElement(withThemeColors(css, themeColors(story), story.theme?.font)) : '';
}
