/** The Japanese catalogue: every namespace, one chunk loaded only for this language. */
import type { Catalogue } from '../catalogue';
import { core } from './core';
import { exports } from './exports';
import { indicators } from './indicators';
import { panels } from './panels';
import { problems } from './problems';
import { timeline } from './timeline';

export const catalogue: Catalogue = { core, timeline, panels, indicators, exports, problems };
