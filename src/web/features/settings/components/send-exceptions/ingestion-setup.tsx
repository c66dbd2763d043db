import { CodeSnippet } from './code-snippet';
import { CopyableValue } from './copyable-value';
import { posthogJsSnippet, posthogNodeSnippet, sendExceptionCommand } from './sdk-snippets';

type IngestionSetupProps = {
  envId: number;
  token: string;
  host: string;
  /** `npm run send-exception` reaches the local server only. */
  withCommand: boolean;
};

/** What an app needs to send exceptions: the project token, the host, and the two SDKs' calls with both filled in. */
export function IngestionSetup({ envId, token, host, withCommand }: IngestionSetupProps) {
  return (
    <div className="ingestion-setup">
      <div className="ingestion-setup__values">
        <CopyableValue
          label="Project token"
          value={token}
          hint="Public by design: it lets an SDK send events to this environment and read nothing."
          copyLabel="Copy project token"
        />
        <CopyableValue
          label="Host"
          value={host}
          hint="posthog-js calls it api_host; posthog-node, host."
          copyLabel="Copy host"
        />
      </div>
      <CodeSnippet title="Browser: posthog-js" code={posthogJsSnippet(token, host)} copyLabel="Copy posthog-js code" />
      <CodeSnippet
        title="Node: posthog-node"
        code={posthogNodeSnippet(token, host)}
        copyLabel="Copy posthog-node code"
      />
      {withCommand && (
        <CodeSnippet
          title="From a terminal"
          code={sendExceptionCommand(envId)}
          copyLabel="Copy command"
          hint="Run it in this project’s folder: it sends a test exception through posthog-node. --help lists --type, --message, --url, --fingerprint and --count."
        />
      )}
    </div>
  );
}
