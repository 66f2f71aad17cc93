import type { ScanIssue } from '../scan-issue.js';
import { findingJson } from './finding-json.js';
import type { ReporterFactory } from './reporter.js';

/**
 * One JSON document `{ findings, summary, issues }`. Findings are written as they come (the document is
 * streamed, not built in memory); issues are kept until the end, which is small.
 */
export const json: ReporterFactory = (out, options = {}) => {
  const issues: ScanIssue[] = [];
  let count = 0;
  out.write('{"findings":[');
  return {
    finding(f) {
      out.write(`${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(findingJson(f, options.reveal === true))}`);
    },
    issue(i) {
      issues.push(i);
    },
    end(summary) {
      out.write(`${count > 0 ? '\n' : ''}],\n"summary":${JSON.stringify(summary)},\n"issues":${JSON.stringify(issues)}}\n`);
    },
  };
};
