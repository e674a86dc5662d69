/** One thing wrong with a dataset, located by a path such as `events[12].date`. */
export interface Problem {
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}
