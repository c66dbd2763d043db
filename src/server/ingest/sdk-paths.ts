import { capturePaths } from './capture-routes';

const escaped = [...capturePaths.event, ...capturePaths.batch, '/flags', '/decide'].map((path) =>
  path.replaceAll('/', '\\/'),
);
const sdkPath = new RegExp(`^(?:${escaped.join('|')}|\\/array\\/[^/]+\\/config(?:\\.js)?)\\/?$`);

/** The routes SDKs call from other origins and hosts: they carry the project token, not the dashboard's session. */
export const isSdkPath = (path: string): boolean => sdkPath.test(path);
