/**
 * Exit codes of DESIGN.md: 0 clean, 1 findings at or above --fail-on, 2 usage or input error, 3 some sources
 * unreadable; 130 interrupted by Ctrl-C (the shell convention, 128 + SIGINT).
 */
export const EXIT = Object.freeze({ clean: 0, findings: 1, usage: 2, unreadable: 3, interrupted: 130 });
