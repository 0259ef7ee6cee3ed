// Which ExoCheck and which rules produced a finding: part of every log entry, so a finding can be
// re-checked against the rules as they stood when it was logged.
declare const __EXOCHECK_VERSION__: string;

export const EXTENSION_VERSION: string = typeof __EXOCHECK_VERSION__ === 'string' ? __EXOCHECK_VERSION__ : '0.0.0-dev';

// Until the rules model exports its review date, the engine is the stub and says so.
export const RULES_VERSION = 'engine-stub';
