/**
 * The summit conditions checklist: each condition checked or not as of the cursor.
 * Other features and src/app reach it only through this file, except for what they load
 * lazily with import() of its own module, so that it stays a chunk of its own (re-exported
 * here, it would load with whatever imports this file): SummitChecklist (by src/app).
 */
export { conditionLead } from './condition-lead';
