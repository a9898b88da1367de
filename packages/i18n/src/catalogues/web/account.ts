import { defineArea } from './area.js';

export const account = defineArea({ en: {}, es: {}, pt: {}, fr: {} });
