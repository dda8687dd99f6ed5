/** A pattern template with each `<*>` variable highlighted (text only: never parsed as HTML). */
export function TemplateText({ template }: { template: string }) {
  const parts = template.split('<*>');
  return (
    <code className="whitespace-pre-wrap break-all font-mono text-xs">
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 ? (
            <mark
              className="rounded bg-violet-100 px-0.5 text-violet-800 dark:bg-violet-950 dark:text-violet-200"
              title={`variable ${index + 1}`}
            >
              {'<*>'}
            </mark>
          ) : null}
        </span>
      ))}
    </code>
  );
}
