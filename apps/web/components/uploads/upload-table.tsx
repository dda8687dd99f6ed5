'use client';
import type { Upload } from '@logai/contracts';
import Link from 'next/link';
import { formatBytes, formatNumber, formatRelative } from '../../lib/format';
import { SeverityBadge } from '../ui/badges';
import { ProcessingProgress } from './processing-progress';

export function UploadTable({ uploads, label = 'Uploads' }: { uploads: Upload[]; label?: string }) {
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="w-full min-w-[44rem] table-fixed text-left text-sm" aria-label={label}>
        <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="w-[30%] px-4 py-2 sm:px-2">
              File
            </th>
            <th scope="col" className="w-[30%] px-2 py-2">
              Status
            </th>
            <th scope="col" className="px-2 py-2">
              Severity
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Lines
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Anomalies
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Uploaded
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {uploads.map((upload) => (
            <tr
              key={upload.id}
              data-upload-id={upload.id}
              className="h-14 align-middle hover:bg-slate-50 dark:hover:bg-slate-800/50"
            >
              <td className="truncate px-4 py-2 sm:px-2">
                <Link
                  href={`/uploads/${upload.id}`}
                  className="font-medium text-sky-700 hover:underline dark:text-sky-400"
                >
                  {upload.filename}
                </Link>
                <div className="text-xs text-slate-500 dark:text-slate-400">
                  {formatBytes(upload.fileSize)}
                  {upload.members.length > 1 ? ` · ${upload.members.length} files` : ''}
                  {upload.duplicateOf ? ' · same content as an earlier upload' : ''}
                </div>
              </td>
              <td className="px-2 py-2">
                <ProcessingProgress upload={upload} />
              </td>
              <td className="px-2 py-2">
                {upload.severity ? <SeverityBadge severity={upload.severity} /> : '—'}
              </td>
              <td className="tabular px-2 py-2 text-right">{formatNumber(upload.lineCount)}</td>
              <td className="tabular px-2 py-2 text-right">{formatNumber(upload.anomalyCount)}</td>
              <td
                className="px-2 py-2 text-right text-slate-600 dark:text-slate-400"
                title={upload.createdAt}
              >
                {formatRelative(upload.createdAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
