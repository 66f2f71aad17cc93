// Its own module so that importing the flags (the workbench's PDF reports) does not load playwright-core,
// which costs about 70 MB of memory in every process that imports @piguard/scan.

/** Launch flags of spec/stack.md §9: no sandbox (root), no GPU, no background traffic of the browser itself. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
