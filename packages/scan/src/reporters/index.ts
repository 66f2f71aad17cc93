/** Reporters: one file per output format. */
export {};
