import type { ExceptionTemplate } from './exception-template';
import { mobileExceptions } from './mobile-exceptions';
import { webExceptions } from './web-exceptions';

export const webTeam = 1;
export const mobileTeam = 2;

/** Each environment and the kinds of exception its app throws. */
export const demoTemplates: Array<[teamId: number, templates: ExceptionTemplate[]]> = [
  [webTeam, webExceptions],
  [mobileTeam, mobileExceptions],
];
