/**
 * Build step: the CommonJS packages in the bundle (React DOM, React, the scheduler and some
 * of Recharts' dependencies) are each wrapped by the bundler in a callback,
 * `__commonJSMin(((exports, module) => { …the package… }))`, run the first time it is
 * required. V8 compiles a function lazily, on its first call, on the main thread, unless
 * it looks called at once: a parenthesised `function` expression (a "PIFE"). An arrow
 * function is not taken as one, so React DOM's 200 KB body was parsed again on the main
 * thread when the page required it: the longest task of the start (55–95 ms on this
 * 2-core machine, 4× that under Lighthouse's simulated phone). Written as
 * `(function (exports, module) { … })`, the body is compiled with the download, off the main
 * thread, and running it takes 10–20 ms less than that.
 *
 * A `function` differs from an arrow in `this` and `arguments`; the bundler already passes
 * the module's `this` as a parameter (`this$1`), and no package here reads `arguments` at its
 * top level (an arrow there would have thrown). The build fails if a wrapper is left as an
 * arrow, so a new bundler's output cannot quietly undo this.
 */
import type { Plugin } from 'vite';

/** `__commonJSMin(((exports, module) => {` and the like, as the bundler writes them before minifying */
const ARROW_WRAPPER = /(__commonJS(?:Min)?\(\()\(([\w$, ]*)\) => \{/g;
/** any wrapper call whose callback is not then a parenthesised `function` expression */
const ANY_WRAPPER = /__commonJS(?:Min)?\((?!\(function \()/;

/** The chunk's CommonJS wrappers written as parenthesised `function` expressions. */
export function eagerCommonJs(code: string): string {
  const out = code.replace(ARROW_WRAPPER, '$1function ($2) {');
  const left = ANY_WRAPPER.exec(out);
  if (left)
    throw new Error(
      `eager-commonjs: a CommonJS wrapper is not an arrow this step knows: “${out.slice(left.index, left.index + 60)}”`,
    );
  return out;
}

export function eagerCommonJsPlugin(): Plugin {
  return {
    name: 'eager-commonjs',
    apply: 'build',
    renderChunk(code) {
      if (!code.includes('__commonJS')) return null;
      return { code: eagerCommonJs(code), map: null };
    },
  };
}
