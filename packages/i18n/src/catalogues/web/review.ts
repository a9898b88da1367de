import { defineArea } from './area.js';

export const review = defineArea({ en: {}, es: {}, pt: {}, fr: {} });
