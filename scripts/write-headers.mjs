/** `npm run headers`: writes public/_headers and deploy/nginx.conf from deploy/headers.mjs. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  headersFile,
  nginxSnippet,
  pageScriptHashes,
  securityHeaders,
} from '../deploy/headers.mjs';

const root = resolve(import.meta.dirname, '..');
const headers = securityHeaders(pageScriptHashes(root));
writeFileSync(join(root, 'public', '_headers'), headersFile(headers));
writeFileSync(join(root, 'deploy', 'nginx.conf'), nginxSnippet(headers));
console.log('wrote public/_headers and deploy/nginx.conf');
