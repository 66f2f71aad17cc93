import { findingJson } from './finding-json.js';
import type { ReporterFactory } from './reporter.js';

/**
 * JSON Lines: one finding per line and nothing else, so every line parses the same way (`jq`, log
 * pipelines). The summary and issues are not in this stream: the CLI prints issues on stderr; use
 * `--format json` for the summary.
 */
export const jsonl: ReporterFactory = (out, options = {}) => ({
  finding(f) {
    out.write(`${JSON.stringify(findingJson(f, options.reveal === true))}\n`);
  },
  issue() {},
  end() {},
});
