export { reapplyPath } from './rule-lab-paths';
