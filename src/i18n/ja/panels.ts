import type { Catalogue } from '../catalogue';

export const panels: Catalogue['panels'] = {};
