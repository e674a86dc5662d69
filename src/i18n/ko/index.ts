/** The Korean catalogue: every namespace, one chunk loaded only for this language. */
import type { Catalogue } from '../catalogue';
import { chart } from './chart';
import { core } from './core';
import { exports } from './exports';
import { filters } from './filters';
import { graphics } from './graphics';
import { indicators } from './indicators';
import { panels } from './panels';
import { problems } from './problems';
import { summary } from './summary';
import { timeline } from './timeline';

export const catalogue: Catalogue = {
  core,
  timeline,
  filters,
  chart,
  panels,
  indicators,
  exports,
  problems,
  graphics,
  summary,
};
