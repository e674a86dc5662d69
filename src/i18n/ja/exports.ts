import type { Catalogue } from '../catalogue';

export const exports: Catalogue['exports'] = {};
