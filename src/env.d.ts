declare const __EXOCHECK_VERSION__: string;
