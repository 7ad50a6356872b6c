/**
 * A graphic type in plain JavaScript, as a page gives it to `window.scrollstage.define`:
 * `{ type, validate?(fields), mount(element, context) → { update(context), destroy() } }`.
 * It becomes a definition like any built-in's: the story's fields for it are any JSON,
 * inherited as a built-in's are, checked by its `validate`; it is drawn by ExternalGraphic,
 * which mounts it into an empty box of the graphic's size and updates it.
 */
import { defineGraphic, type GraphicDefinition } from '../core/defineGraphic.js';
import { checkSpec } from './checkSpec.js';
import type { AnyGraphicState } from '../core/defineGraphic.js';
import ExternalGraphic from './ExternalGraphic.svelte';
import ExternalSnapshot from './ExternalSnapshot.svelte';

/** What `update` and `mount` are told. */
export interface ExternalContext {
  /** The step's graphic: its fields over the previous step's of the same type. */
  state: AnyGraphicState;
  /** The active step, from 0. */
  index: number;
  /** Progress through the active step, 0..1. */
  progress: number;
  width: number;
  height: number;
  reducedMotion: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
}

export interface ExternalInstance {
  update?(context: ExternalContext): void;
  destroy?(): void;
}

export interface ExternalSpec {
  type: string;
  validate?(fields: Record<string, unknown>): unknown;
  mount(element: HTMLElement, context: ExternalContext): ExternalInstance | void;
  /** The text alternative of a state (optional; otherwise the step's `alt`, or the word "Graphic"). */
  describe?(state: AnyGraphicState, lang: string): unknown;
  /** The figures a state shows, for "View the data" (optional): `[{ what, value }]`, each with the step's sources. */
  rows?(state: AnyGraphicState, lang: string): unknown;
}

/** At most this many rows per step from a page's `rows`: it is a table for readers, not a dump. */
const MAX_ROWS = 50;

/** The specs by type, for ExternalGraphic to find: definitions are page-wide, as `define` is. */
export const externalSpecs = new Map<string, ExternalSpec>();

/** The definition of a plain-JavaScript graphic; throws a clear TypeError when the spec is malformed. */
export function externalGraphic(spec: unknown): GraphicDefinition {
  checkSpec(spec);
  const own = spec as ExternalSpec;
  externalSpecs.set(own.type, own);
  return defineGraphic({
    type: own.type,
    fields: {},
    openFields: true,
    check(given, { at, problem }) {
      if (!own.validate) return;
      let problems: unknown;
      try {
        problems = own.validate({ ...given });
      } catch (error) {
        problem(at, `its "${own.type}" graphic's validate threw: ${String((error as Error)?.message ?? error)}`);
        return;
      }
      if (problems === undefined || problems === null) return;
      if (!Array.isArray(problems)) {
        problem(at, `validate of "${own.type}" must return a list of problems (got ${typeof problems})`);
        return;
      }
      for (const item of problems) problem(at, String(item));
    },
    describe(state, text) {
      if (own.describe) {
        try {
          const said = own.describe(state, text.lang);
          if (typeof said === 'string' && said) return said;
        } catch {
          // A page's describe that throws leaves the plain word.
        }
      }
      return text.t('graphic');
    },
    rows(state, text) {
      if (!own.rows) return [];
      let given: unknown;
      try {
        given = own.rows(state, text.lang);
      } catch {
        return []; // A page's rows that throw leave the table without them.
      }
      if (!Array.isArray(given)) return [];
      return given.slice(0, MAX_ROWS).flatMap((row: unknown, i) => {
        const r = row as { what?: unknown; value?: unknown } | null;
        if (!r || typeof r.what !== 'string' || (typeof r.value !== 'string' && typeof r.value !== 'number')) return [];
        return [{ key: `${own.type}:${i}:${r.what}`, what: r.what.slice(0, 200), value: String(r.value).slice(0, 200), sources: [] }];
      });
    },
    component: ExternalGraphic,
    snapshot: ExternalSnapshot
  });
}
