import { problems, type ApiError } from '../http/api-error';
import { setTokenWhere, type TrackerConnection } from './tracker-connection';

const maxMessageLength = 300;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function messagesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(messagesOf);
  if (!isObject(value)) return [];
  const extensions = isObject(value.extensions) ? value.extensions : {};
  const own = [extensions.userPresentableMessage ?? value.message, value.error, value.error_description];
  const found = [...own, value.errorMessages, value.errors].flatMap(messagesOf);
  if (found.length > 0) return found;
  // GitLab's `{message: {title: ['is too long']}}`, Jira's `{errors: {summary: '…'}}`, GitHub's `{field, code}`.
  if (typeof value.field === 'string' && typeof value.code === 'string') return [`${value.field} ${value.code}`];
  return Object.entries(value).flatMap(([key, item]) => messagesOf(item).map((message) => `${key} ${message}`));
}

/** Never carries the token: some APIs echo headers back. */
export function trackerMessage(body: unknown, rawText: string, token: string): string {
  const parts = [
    ...new Set(
      messagesOf(body)
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ];
  let message = (parts.length > 0 ? parts.join('; ') : rawText).replace(/\s+/g, ' ').trim();
  if (token !== '') message = message.split(token).join('[redacted]');
  return message.length > maxMessageLength ? `${message.slice(0, maxMessageLength - 1)}…` : message;
}

export const trackerProblems = {
  credentials: (conn: TrackerConnection, reason: string): ApiError =>
    problems.validation(`${conn.label} refused the credentials (${reason}). Update the token ${setTokenWhere}.`, null),
  notFound: (conn: TrackerConnection, what: string): ApiError =>
    problems.validation(`${conn.label} found no ${what} (404). Check the name, and that the token can see it.`, null),
  refused: (conn: TrackerConnection, message: string, status?: number): ApiError =>
    problems.validation(
      `${conn.label} refused the request${status === undefined ? '' : ` (${status})`}${message ? `: ${message}` : '.'}`,
      null,
    ),
  unavailable: (conn: TrackerConnection, reason: string): ApiError =>
    problems.badGateway(`${conn.label} is unavailable (${reason}).`),
  unexpected: (conn: TrackerConnection, what: string): ApiError =>
    problems.badGateway(`${conn.label} answered ${what}.`),
  timeout: (conn: TrackerConnection, ms: number): ApiError =>
    problems.gatewayTimeout(`${conn.label} did not answer within ${ms / 1000} s.`),
};
