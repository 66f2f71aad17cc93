import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScanIssue } from '../scan-issue.js';
import type { ScanFinding } from '../scan/scan-finding.js';
import type { ReporterFactory } from './reporter.js';

function artifactUri(source: string): string {
  if (source === '-' || /^[a-z][a-z0-9+.-]*:/i.test(source)) return source;
  if (isAbsolute(source)) return pathToFileURL(source).href;
  return encodeURI(source.replace(/\\/g, '/'));
}

function location(f: ScanFinding): Record<string, unknown> {
  const artifactLocation = { uri: artifactUri(f.source) };
  if (f.cell) {
    const c = f.cell;
    const name = [c.table ?? c.sheet, c.row, c.column, c.keyPath, c.page].filter((p) => p !== undefined).join('/');
    return { physicalLocation: { artifactLocation }, logicalLocations: [{ fullyQualifiedName: name, kind: 'element' }] };
  }
  const region: Record<string, number> = { charOffset: f.start, charLength: f.end - f.start };
  if (f.line !== undefined) {
    // Identifiers never span a line, so the end column follows from the length.
    Object.assign(region, {
      startLine: f.line,
      startColumn: f.column ?? 1,
      endLine: f.line,
      endColumn: (f.column ?? 1) + (f.end - f.start),
    });
  }
  return { physicalLocation: { artifactLocation, region } };
}

/**
 * SARIF 2.1.0 for code-scanning dashboards: one rule per recogniser (from its metadata), one result per
 * finding with a masked message and the fingerprint as partialFingerprints. Results are streamed; issues
 * become tool execution notifications at the end.
 */
export const sarif: ReporterFactory = (out, options = {}) => {
  const reveal = options.reveal === true;
  const rules = (options.recognizers ?? []).map((r) => ({
    id: r.id,
    name: r.entity,
    shortDescription: { text: r.description },
    properties: { piType: r.piType, country: r.country, references: r.references, version: r.version },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const issues: ScanIssue[] = [];
  let count = 0;
  const driver = { name: 'piguard', ...(options.version ? { version: options.version } : {}), rules };
  out.write(
    `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":${JSON.stringify(driver)}},"results":[`,
  );
  return {
    finding(f) {
      const ruleId = f.explanation.recognizer;
      const index = ruleIndex.get(ruleId);
      const result = {
        ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: f.class === 'sensitive' ? 'error' : 'warning',
        message: { text: `${f.entity} (${f.piType}, ${f.class}, ${f.state}): ${f.masked}` },
        locations: [location(f)],
        ...(f.fingerprint !== undefined ? { partialFingerprints: { 'piguardFingerprint/v1': f.fingerprint } } : {}),
        properties: {
          piType: f.piType,
          entity: f.entity,
          class: f.class,
          score: f.score,
          state: f.state,
          masked: f.masked,
          ...(reveal ? { value: f.value } : {}),
        },
      };
      out.write(`${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(result)}`);
    },
    issue(i) {
      issues.push(i);
    },
    end(summary) {
      const notifications = issues.map((i) => ({
        level: i.severity === 'error' ? 'error' : 'note',
        message: { text: i.message },
        descriptor: { id: i.code },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(i.source) } } }],
      }));
      const invocation = { executionSuccessful: true, toolExecutionNotifications: notifications };
      out.write(
        `${count > 0 ? '\n' : ''}],"invocations":[${JSON.stringify(invocation)}],"properties":{"summary":${JSON.stringify(summary)}}}]}\n`,
      );
    },
  };
};
