import { defineArea } from './area.js';

export const listing = defineArea({ en: {}, es: {}, pt: {}, fr: {} });
