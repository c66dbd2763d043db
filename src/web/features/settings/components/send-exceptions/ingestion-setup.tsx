import { CodeSnippet } from './code-snippet';
import { CopyableValue } from './copyable-value';
import { posthogJsSnippet, posthogNodeSnippet, sendExceptionCommand } from './sdk-snippets';

type IngestionSetupProps = {
  envId: number;
  token: string;
  host: string;
  /** The local server: it serves none of posthog-js's lazily loaded scripts, and `npm run send-exception` reaches it. */
  local: boolean;
};

/** What an app needs to send exceptions: the project token, the host, and the two SDKs' calls with both filled in. */
export function IngestionSetup({ envId, token, host, local }: IngestionSetupProps) {
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
          hint={
            <>
              posthog-js calls it <code>api_host</code>; posthog-node, <code>host</code>.
            </>
          }
          copyLabel="Copy host"
        />
      </div>
      <CodeSnippet
        title="Browser: posthog-js"
        code={posthogJsSnippet(token, host)}
        copyLabel="Copy posthog-js code"
        hint={
          local && (
            <>
              To capture uncaught errors too, import <code>posthog-js/dist/exception-autocapture.js</code> and set{' '}
              <code>disable_external_dependency_loading: true</code>: this server does not serve the scripts posthog-js
              loads later.
            </>
          )
        }
      />
      <CodeSnippet
        title="Node: posthog-node"
        code={posthogNodeSnippet(token, host)}
        copyLabel="Copy posthog-node code"
      />
      {local && (
        <CodeSnippet
          title="From a terminal"
          code={sendExceptionCommand(envId)}
          copyLabel="Copy command"
          hint={
            <>
              Run it in this project’s folder: it sends a test exception through posthog-node. <code>--help</code> lists{' '}
              <code>--type</code>, <code>--message</code>, <code>--url</code>, <code>--fingerprint</code> and{' '}
              <code>--count</code>.
            </>
          }
        />
      )}
    </div>
  );
}
