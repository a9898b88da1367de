import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_TAGS, highlightHtml } from './highlight.js';

const { highlightPreTag: pre, highlightPostTag: post } = HIGHLIGHT_TAGS;

describe('search highlights as HTML', () => {
  it('escapes every character of user text and keeps the marks', () => {
    expect(highlightHtml(`<img src=x onerror="alert(1)"> ${pre}leite${post} & 'mel'`)).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>leite</mark> &amp; &#39;mel&#39;',
    );
  });

  it('keeps marks balanced when the text itself holds the marker characters', () => {
    expect(highlightHtml(`a${post}b ${pre}c${post} d${pre}e`)).toBe('ab <mark>c</mark> d<mark>e</mark>');
  });

  it('leaves literal <mark> tags written by people escaped', () => {
    expect(highlightHtml('<mark>fake</mark>')).toBe('&lt;mark&gt;fake&lt;/mark&gt;');
  });
});
