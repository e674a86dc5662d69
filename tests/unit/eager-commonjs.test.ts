import { describe, expect, it } from 'vitest';
import { eagerCommonJs } from '../../scripts/eager-commonjs';

// as the bundler writes a chunk holding CommonJS packages, before minifying
const chunk = `import { r as __commonJSMin } from "./index.js";
var require_scheduler_production = /* @__PURE__ */ __commonJSMin(((exports) => {
\tfunction push(heap, node) { heap.push(node); }
\texports.unstable_now = () => performance.now();
}));
var require_client = /* @__PURE__ */ __commonJSMin(((exports, module) => {
\tmodule.exports = require_scheduler_production();
}));
var import_decimal = __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
\t(function(globalScope) { globalScope.x = 1; })(this$1);
}))));
export { require_client as t };`;

describe('eagerCommonJs: CommonJS wrappers V8 compiles with the download', () => {
  it('writes each wrapper as a parenthesised function expression, its body unchanged', () => {
    const out = eagerCommonJs(chunk);
    expect(out).toContain('__commonJSMin((function (exports) {\n\tfunction push(heap, node)');
    expect(out).toContain('__commonJSMin((function (exports, module) {\n\tmodule.exports =');
    expect(out).toContain('__commonJSMin((function (exports, module, this$1) {');
    expect(out).not.toMatch(/=>\s*\{\n\t(function push|module\.exports|\(function)/);
    // the arrows inside a package are its own and stay
    expect(out).toContain('exports.unstable_now = () => performance.now();');
    expect(out.split('\n')).toHaveLength(chunk.split('\n').length);
  });

  it('runs the packages as before', () => {
    const run = (code: string) => {
      const body = code
        .replace(/^import .*$/m, '')
        .replace(/^export .*$/m, 'return require_client();');
      const commonJs = (cb: (e: object, m: { exports: object }, t: object) => void) => {
        let mod: { exports: object } | undefined;
        return () => (mod ?? cb((mod = { exports: {} }).exports, mod, mod.exports), mod.exports);
      };
      const toEsm = (x: unknown) => x;
      return new Function('__commonJSMin', '__toESM', body)(commonJs, toEsm) as {
        unstable_now: () => number;
      };
    };
    expect(typeof run(eagerCommonJs(chunk)).unstable_now()).toBe('number');
  });

  it('fails the build on a wrapper it does not know, rather than leave it lazy', () => {
    expect(() => eagerCommonJs('var a = __commonJSMin(async (exports) => {});')).toThrow(
      /not an arrow this step knows/,
    );
    expect(() => eagerCommonJs('var a = __commonJS(((exports) => {}));')).not.toThrow();
  });

  it('leaves a chunk without CommonJS as it was', () => {
    const esm = 'export const f = (a) => { return a; };';
    expect(eagerCommonJs(esm)).toBe(esm);
  });
});
