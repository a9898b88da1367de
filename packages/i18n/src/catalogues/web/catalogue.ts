import { defineArea } from './area.js';

export const catalogue = defineArea({ en: {}, es: {}, pt: {}, fr: {} });
