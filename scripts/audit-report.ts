export type AuditOutcome =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'findings'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'failed'; reason: string };

const networkCodes =
  /^(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPROTO|ERR_SOCKET_TIMEOUT|UNABLE_TO_|CERT_|SELF_SIGNED_|DEPTH_ZERO_)/;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- npm's JSON, read defensively
function parse(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * An answer from the registry that is not a report means the audit service could not be asked, which is not a finding.
 */
export function classifyAudit(stdout: string, stderr: string, timedOut = false): AuditOutcome {
  if (timedOut) return { kind: 'unreachable', reason: 'npm audit timed out' };
  const json = parse(stdout);
  const counts = json?.metadata?.vulnerabilities;
  if (counts && typeof counts === 'object') {
    const serious = Number(counts.high ?? 0) + Number(counts.critical ?? 0);
    if (serious === 0) return { kind: 'clean', counts };
    const packages = Object.entries(json.vulnerabilities ?? {})
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- npm's JSON
      .filter(([, entry]: [string, any]) => entry?.severity === 'high' || entry?.severity === 'critical')
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- npm's JSON
      .map(([name, entry]: [string, any]) => `${name} (${entry.severity})`);
    return { kind: 'findings', counts, packages };
  }
  const code = String(json?.error?.code ?? json?.code ?? '');
  if (typeof json?.statusCode === 'number') return { kind: 'unreachable', reason: `HTTP ${json.statusCode}` };
  if (networkCodes.test(code)) return { kind: 'unreachable', reason: code };
  if (/audit endpoint returned an error|network|request to \S+ failed/i.test(stderr)) {
    return { kind: 'unreachable', reason: stderr.trim().split('\n')[0] ?? '' };
  }
  const summary = json?.error?.summary ?? json?.message ?? stderr.trim().split('\n')[0] ?? '';
  return { kind: 'failed', reason: String(summary) || 'npm audit answered something unexpected' };
}
