// The two text-processing packages ship no type declarations.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: {
    newStemmer(language: string): Stemmer;
    algorithms(): string[];
  };
  export default snowball;
}

// Its lists are named exports (spa, eng, por, fra, …); the default export is missing under some loaders.
declare module 'stopword' {
  export const spa: readonly string[];
  export const eng: readonly string[];
  export const por: readonly string[];
  export const fra: readonly string[];
}
