import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe('Markdown', () => {
  it('never turns narrative text into markup', () => {
    const html = render('Saw <script>alert(1)</script> and <img src=x onerror=alert(1)> in a log line');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps only http(s) and relative links', () => {
    const html = render('[safe](https://example.com) and [bad](javascript:alert(1))');
    expect(html).toContain('href="https://example.com"');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('bad');
  });

  it('renders headings, bold, code and nested lists, and leaves <*> variables out of emphasis', () => {
    const html = render(
      '## What went wrong\n\n1. **spike of "failed route=<*>: refused"**\n   - error spike: `api.log:7`\n2. second',
    );
    expect(html).toContain('What went wrong');
    expect(html).toMatch(
      /<ol[^>]*><li><strong>spike of &quot;failed route=<mark[^>]*>&lt;\*&gt;<\/mark>: refused&quot;<\/strong>/,
    );
    expect(html).toMatch(/<ul[^>]*><li>error spike: <code[^>]*>api.log:7<\/code><\/li><\/ul>/);
    expect(html).toContain('<li>second</li>');
  });
});
