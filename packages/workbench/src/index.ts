/** @piguard/workbench — the store, HTTP API and web UI (issue 7; under construction). */
export const WORKBENCH_API_VERSION = 1;
