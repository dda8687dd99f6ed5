'use client';
import { LEVEL_VALUES, type Level, type Pattern } from '@logai/contracts';
import { ChevronDown, ChevronRight, Search } from 'lucide-react';
import Link from 'next/link';
import { Fragment, useState } from 'react';
import { listPatterns } from '../../lib/api-client';
import { readVariable } from '../../lib/evidence';
import { formatLogTime, formatNumber } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { Sparkline } from '../charts/sparkline';
import { TemplateText } from '../template-text';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { Select, TextInput } from '../ui/field';
import { LevelBadge } from '../ui/badges';
import { EmptyState, ErrorNote, Skeleton } from '../ui/states';

export function PatternsTable({ uploadId }: { uploadId: string }) {
  const [query, setQuery] = useState('');
  const [applied, setApplied] = useState<{ q: string; level: Level | '' }>({ q: '', level: '' });
  const [open, setOpen] = useState<string | null>(null);
  const [more, setMore] = useState<{ items: Pattern[]; cursor: string | null }>({ items: [], cursor: null });
  const filter = { q: applied.q || undefined, level: applied.level ? [applied.level] : undefined };
  const page = useResource(
    async () => {
      const result = await listPatterns(uploadId, filter);
      setMore({ items: [], cursor: result.nextCursor });
      return result.items;
    },
    `${uploadId}-${JSON.stringify(applied)}`,
  );
  const all = [...(page.data ?? []), ...more.items];

  return (
    <Card title="Patterns">
      <form
        className="mb-4 flex flex-wrap gap-2"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied((current) => ({ ...current, q: query }));
        }}
      >
        <div className="relative min-w-56 flex-1">
          <Search
            aria-hidden
            className="pointer-events-none absolute left-2.5 top-2.5 h-4 w-4 text-slate-400"
          />
          <TextInput
            aria-label="Search patterns"
            placeholder="Search templates"
            className="pl-8"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="w-36">
          <Select
            aria-label="Level"
            value={applied.level}
            onChange={(event) => {
              const level = LEVEL_VALUES.find((value) => value === event.target.value) ?? '';
              setApplied((current) => ({ ...current, level }));
            }}
          >
            <option value="">All levels</option>
            {LEVEL_VALUES.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {page.error ? <ErrorNote onRetry={() => void page.reload()}>{page.error}</ErrorNote> : null}
      {!page.data ? (
        <Skeleton className="h-64" />
      ) : all.length === 0 ? (
        <EmptyState title="No patterns match" />
      ) : (
        <div className="-mx-4 overflow-x-auto sm:mx-0">
          <table className="w-full min-w-[44rem] table-fixed text-left text-sm" aria-label="Patterns">
            <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="w-9 px-2 py-2">
                  <span className="sr-only">Details</span>
                </th>
                <th scope="col" className="w-20 px-2 py-2 text-right">
                  Count
                </th>
                <th scope="col" className="w-20 px-2 py-2">
                  Level
                </th>
                <th scope="col" className="px-2 py-2">
                  Template
                </th>
                <th scope="col" className="w-28 px-2 py-2">
                  Over time
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {all.map((pattern) => {
                const isOpen = open === pattern.id;
                return (
                  <Fragment key={pattern.id}>
                    <tr className="align-top">
                      <td className="px-2 py-2">
                        <button
                          type="button"
                          aria-expanded={isOpen}
                          aria-label={`${isOpen ? 'Hide' : 'Show'} details of pattern ${pattern.id.slice(0, 8)}`}
                          onClick={() => setOpen(isOpen ? null : pattern.id)}
                          className="rounded p-0.5 hover:bg-slate-100 dark:hover:bg-slate-800"
                        >
                          {isOpen ? (
                            <ChevronDown aria-hidden className="h-4 w-4" />
                          ) : (
                            <ChevronRight aria-hidden className="h-4 w-4" />
                          )}
                        </button>
                      </td>
                      <td className="tabular px-2 py-2 text-right font-medium">
                        {formatNumber(pattern.count)}
                      </td>
                      <td className="px-2 py-2">
                        <LevelBadge level={pattern.level} />
                      </td>
                      <td className="px-2 py-2">
                        <TemplateText template={pattern.template} />
                      </td>
                      <td className="px-2 py-2">
                        <Sparkline
                          values={pattern.sparkline}
                          label={`Occurrences of pattern ${pattern.id.slice(0, 8)} over the upload`}
                        />
                      </td>
                    </tr>
                    {isOpen ? (
                      <tr>
                        <td />
                        <td colSpan={4} className="px-2 pb-4">
                          <PatternDetails uploadId={uploadId} pattern={pattern} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {more.cursor ? (
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={async () => {
            const cursor = more.cursor;
            if (!cursor) return;
            const next = await listPatterns(uploadId, { ...filter, cursor });
            setMore((current) => ({ items: [...current.items, ...next.items], cursor: next.nextCursor }));
          }}
        >
          More patterns
        </Button>
      ) : null}
    </Card>
  );
}

function PatternDetails({ uploadId, pattern }: { uploadId: string; pattern: Pattern }) {
  const variables = pattern.variables.map((raw, index) => readVariable(raw, index));
  return (
    <div className="space-y-3 rounded-lg bg-slate-50 p-3 dark:bg-slate-950/60">
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Pattern <code className="font-mono">{pattern.id}</code> · first {formatLogTime(pattern.firstSeen)} ·
        last {formatLogTime(pattern.lastSeen)} ·{' '}
        <Link
          href={`/uploads/${uploadId}?tab=explorer&pattern=${encodeURIComponent(pattern.id)}`}
          className="text-sky-700 hover:underline dark:text-sky-400"
        >
          its events
        </Link>
      </p>
      {variables.length ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {variables.map((variable) => (
            <div
              key={variable.index}
              className="rounded border border-slate-200 bg-white p-2 text-xs dark:border-slate-800 dark:bg-slate-900"
            >
              <p className="font-semibold">
                Variable {variable.index + 1}{' '}
                <span className="font-normal text-slate-500">
                  · {variable.distinct === null ? '?' : formatNumber(variable.distinct)}
                  {variable.distinctCapped ? '+' : ''} distinct
                </span>
              </p>
              {variable.numeric ? (
                <p className="tabular mt-1 text-slate-600 dark:text-slate-400">
                  min {variable.numeric.min} · p50 {variable.numeric.p50} · p90 {variable.numeric.p90} · p99{' '}
                  {variable.numeric.p99} · max {variable.numeric.max}
                </p>
              ) : null}
              <ul className="mt-1 space-y-0.5">
                {variable.top.slice(0, 5).map((entry) => (
                  <li key={entry.value} className="flex justify-between gap-2">
                    <code className="truncate font-mono">{entry.value}</code>
                    <span className="tabular text-slate-500">{formatNumber(entry.count)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : (
        <p className="text-xs text-slate-500">This pattern has no variable parts.</p>
      )}
      {pattern.samples.length ? (
        <pre className="max-h-40 overflow-auto rounded bg-white p-2 font-mono text-xs dark:bg-slate-900">
          {pattern.samples.map((sample) => `${sample.file}:${sample.line}  ${sample.text}`).join('\n')}
        </pre>
      ) : null}
    </div>
  );
}
