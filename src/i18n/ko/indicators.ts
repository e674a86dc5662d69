import type { Catalogue } from '../catalogue';

export const indicators: Catalogue['indicators'] = {};
