import { defineArea } from './area.js';

export const editor = defineArea({ en: {}, es: {}, pt: {}, fr: {} });
