import type { Catalogue } from '../catalogue';

export const problems: Catalogue['problems'] = {};
