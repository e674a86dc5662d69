import type { Catalogue } from '../catalogue';

export const timeline: Catalogue['timeline'] = {};
