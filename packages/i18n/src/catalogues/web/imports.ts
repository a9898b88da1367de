import { defineArea } from './area.js';

export const imports = defineArea({ en: {}, es: {}, pt: {}, fr: {} });
