// Which ExoCheck and which rules produced a finding: part of every log entry, so a finding can be
// re-checked against the rules as they stood when it was logged.
declare const __EXOCHECK_VERSION__: string;

export const EXTENSION_VERSION: string = typeof __EXOCHECK_VERSION__ === 'string' ? __EXOCHECK_VERSION__ : '0.0.0-dev';

import { RULES_REVIEWED } from '../rules/families';

/** The date the rule set was last reviewed: the rules model's version for evidence purposes. */
export const RULES_VERSION: string = `rules-${RULES_REVIEWED}`;
