'use client';
import type { Upload, UploadComparison } from '@logai/contracts';
import { useState } from 'react';
import { compareUploads, listUploads } from '../../lib/api-client';
import { formatDateTime, formatNumber, formatPercent } from '../../lib/format';
import { errorMessage } from '../../lib/http';
import { useResource } from '../../lib/use-resource';
import { TemplateText } from '../template-text';
import { LevelBadge } from '../ui/badges';
import { Card } from '../ui/card';
import { Select } from '../ui/field';
import { EmptyState, ErrorNote, Skeleton, Spinner } from '../ui/states';

type Change = UploadComparison['newPatterns'][number];

/** What changed between an earlier upload (the base) and this one: new, gone and shifted patterns. */
export function ComparePanel({ upload }: { upload: Upload }) {
  const candidates = useResource(
    async () =>
      (await listUploads({ status: 'completed', limit: 100 })).items.filter((item) => item.id !== upload.id),
    `compare-${upload.id}`,
  );
  const [baseId, setBaseId] = useState('');
  const [result, setResult] = useState<UploadComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const choose = async (id: string) => {
    setBaseId(id);
    setResult(null);
    setError(null);
    if (!id) return;
    setBusy(true);
    try {
      setResult(await compareUploads(id, upload.id));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Compare with another upload">
      {candidates.error ? (
        <ErrorNote onRetry={() => void candidates.reload()}>{candidates.error}</ErrorNote>
      ) : null}
      {!candidates.data ? (
        <Skeleton className="h-10 max-w-md" />
      ) : candidates.data.length === 0 ? (
        <EmptyState title="Nothing to compare with yet">
          Upload the same service’s logs from a calm day to see what changed.
        </EmptyState>
      ) : (
        <label className="block max-w-md text-sm">
          <span className="mb-1 block font-medium">Base upload (before)</span>
          <Select value={baseId} onChange={(event) => void choose(event.target.value)}>
            <option value="">Choose an upload…</option>
            {candidates.data.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.filename} · {formatDateTime(candidate.createdAt)}
              </option>
            ))}
          </Select>
        </label>
      )}
      {isBusy ? (
        <div className="mt-4">
          <Spinner label="Comparing" />
        </div>
      ) : null}
      {error ? (
        <div className="mt-4">
          <ErrorNote>{error}</ErrorNote>
        </div>
      ) : null}
      {result ? (
        <div className="mt-5 space-y-5">
          <p className="text-sm">
            Difference score <strong className="tabular">{formatPercent(result.score, 0)}</strong>
            <span className="text-slate-500 dark:text-slate-400">
              {' '}
              (0 % the same, 100 % nothing in common)
            </span>
          </p>
          <ChangeList title="New in this upload" changes={result.newPatterns} />
          <ChangeList title="Changed share" changes={result.changedPatterns} />
          <ChangeList title="Gone since the base" changes={result.gonePatterns} />
        </div>
      ) : null}
    </Card>
  );
}

function ChangeList({ title, changes }: { title: string; changes: Change[] }) {
  return (
    <section>
      <h3 className="mb-2 text-sm font-semibold">
        {title} <span className="font-normal text-slate-500">({changes.length})</span>
      </h3>
      {changes.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {changes.slice(0, 50).map((change) => (
            <li key={change.id} className="flex flex-wrap items-start gap-3 px-3 py-2">
              <LevelBadge level={change.level} />
              <div className="min-w-0 flex-1">
                <TemplateText template={change.template} />
              </div>
              <span className="tabular text-xs text-slate-500 dark:text-slate-400">
                {formatNumber(change.baseCount)} → {formatNumber(change.targetCount)}
                {change.ratio !== null ? ` (×${change.ratio.toFixed(1)})` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">None.</p>
      )}
    </section>
  );
}
