import { Fragment, type ReactNode } from 'react';

// A small Markdown subset rendered to React elements: text is never parsed as HTML, so an LLM-written
// or log-derived narrative cannot inject markup or scripts. Links keep only http(s) targets.

interface ListItem {
  text: string;
  children: string[];
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'code'; text: string }
  | { kind: 'paragraph'; text: string };

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (!line.trim()) {
      index += 1;
      continue;
    }
    if (line.startsWith('```')) {
      const body: string[] = [];
      index += 1;
      while (index < lines.length && !(lines[index] ?? '').startsWith('```')) body.push(lines[index++] ?? '');
      index += 1;
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      index += 1;
      continue;
    }
    const bullet = /^\s*([-*+]|\d+[.)])\s+/;
    if (bullet.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const baseIndent = indentOf(line);
      const items: ListItem[] = [];
      while (
        index < lines.length &&
        (lines[index] ?? '').trim() &&
        (bullet.test(lines[index] ?? '') || indentOf(lines[index] ?? '') > baseIndent)
      ) {
        const current = lines[index] ?? '';
        const last = items[items.length - 1];
        if (bullet.test(current) && indentOf(current) <= baseIndent)
          items.push({ text: current.replace(bullet, ''), children: [] });
        // Deeper bullets nest under the item above (one level is all summaries use).
        else if (last && bullet.test(current)) last.children.push(current.replace(bullet, ''));
        else if (last && last.children.length)
          last.children[last.children.length - 1] += ` ${current.trim()}`;
        else if (last) last.text += ` ${current.trim()}`;
        index += 1;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    const paragraph: string[] = [];
    while (
      index < lines.length &&
      (lines[index] ?? '').trim() &&
      !/^(#{1,6}\s|```|\s*([-*+]|\d+[.)])\s)/.test(lines[index] ?? '')
    ) {
      paragraph.push((lines[index] ?? '').trim());
      index += 1;
    }
    blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
  }
  return blocks;
}

// `<*>` (a template's variable) is a token of its own, so its asterisk never opens or closes emphasis.
const INLINE =
  /(`[^`]+`)|(<\*>)|(\*\*(?:<\*>|[^*])+?\*\*)|(\*(?:<\*>|[^*\s])(?:<\*>|[^*])*?\*)|(\[[^\]]+\]\([^)\s]+\))/g;

function renderInline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const start = match.index;
    if (start > last) nodes.push(text.slice(last, start));
    const token = match[0];
    const key = `${start}`;
    if (token === '<*>') {
      nodes.push(
        <mark
          key={key}
          className="rounded bg-violet-100 px-0.5 text-violet-800 dark:bg-violet-950 dark:text-violet-200"
        >
          {token}
        </mark>,
      );
    } else if (token.startsWith('`')) {
      nodes.push(
        <code
          key={key}
          className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] dark:bg-slate-800"
        >
          {token.slice(1, -1)}
        </code>,
      );
    } else if (token.startsWith('**')) {
      nodes.push(<strong key={key}>{renderInline(token.slice(2, -2))}</strong>);
    } else if (token.startsWith('[')) {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      const href = link?.[2] ?? '';
      nodes.push(
        /^https?:\/\//.test(href) || href.startsWith('/') || href.startsWith('?') ? (
          <a key={key} href={href} className="text-sky-700 underline dark:text-sky-400" rel="noreferrer">
            {link?.[1]}
          </a>
        ) : (
          <Fragment key={key}>{link?.[1]}</Fragment>
        ),
      );
    } else {
      nodes.push(<em key={key}>{renderInline(token.slice(1, -1))}</em>);
    }
    last = start + token.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

export function Markdown({ source }: { source: string }) {
  return (
    <div className="space-y-3 text-sm leading-6 text-slate-700 dark:text-slate-300">
      {parseBlocks(source).map((block, index) => {
        switch (block.kind) {
          case 'heading':
            return (
              <p
                key={index}
                className={`font-semibold text-slate-900 dark:text-slate-100 ${block.level <= 2 ? 'text-base' : ''}`}
              >
                {renderInline(block.text)}
              </p>
            );
          case 'code':
            return (
              <pre
                key={index}
                className="overflow-x-auto rounded-lg bg-slate-100 p-3 font-mono text-xs dark:bg-slate-800"
              >
                {block.text}
              </pre>
            );
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={index} className={`space-y-1 pl-5 ${block.ordered ? 'list-decimal' : 'list-disc'}`}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    {renderInline(item.text)}
                    {item.children.length ? (
                      <ul className="mt-1 list-[circle] space-y-1 pl-5">
                        {item.children.map((child, childIndex) => (
                          <li key={childIndex}>{renderInline(child)}</li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </List>
            );
          }
          default:
            return <p key={index}>{renderInline(block.text)}</p>;
        }
      })}
    </div>
  );
}
