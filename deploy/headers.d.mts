/** Types of ./headers.mjs (plain JavaScript, so that scripts/prerender.mjs runs it in Node). */
export declare const BOOT_ID: string;
export declare const loaderScript: string;
export declare function bootBlock(files: {
  fetches: string[];
  preloads: string[];
  entry: string;
}): string;
export declare function inlineScriptHashes(html: string): string[];
export declare function pageScriptHashes(root: string): string[];
export declare const FRAME_ANCESTORS: string;
export declare function contentSecurityPolicy(
  scriptHashes: string[],
  options?: { header?: boolean },
): string;
export declare function securityHeaders(scriptHashes: string[]): Record<string, string>;
export declare function headersFile(headers: Record<string, string>): string;
export declare function nginxSnippet(headers: Record<string, string>): string;
