export { ruleTitleOf } from './kinds/rule-name';
