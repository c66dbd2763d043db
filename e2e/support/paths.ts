/** Where the e2e server keeps its data; wiped at every run. */
export const e2eDataDir = '.e2e-data/local';
