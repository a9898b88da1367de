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

declare module 'stopword' {
  const stopword: Readonly<Record<string, readonly string[]>>;
  export default stopword;
}
