import type { Catalogue } from '../../i18n/catalogue';
import type { ConditionKind } from '../../model/schema';

/**
 * The words before a condition's text, in the page's language: the side for a stated
 * condition ("Tokyo"), "Seoul’s demand (not a stated condition for the summit)" for a demand.
 */
export function conditionLead(
  core: Catalogue['core'],
  side: string,
  kind: ConditionKind = 'condition',
): string {
  const who = core.status.side[side] ?? side;
  return kind === 'condition' ? who : core.status.demand(who, side);
}
