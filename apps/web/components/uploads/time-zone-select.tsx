'use client';
import { useEffect, useState } from 'react';
import { Field, Select } from '../ui/field';

const STORAGE_KEY = 'logai.upload-time-zone';

/** IANA zones the browser knows, this browser's own first; a short list where the API is missing. */
function zones(): string[] {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const all =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Tokyo'];
  return [...new Set([own, 'UTC', ...all])];
}

/**
 * The time zone of log times written without one, for the next upload: "" lets the server decide (UTC,
 * unless the upload's other files tell otherwise). The choice is remembered in this browser.
 */
export function useUploadTimeZone(): [string, (zone: string) => void] {
  const [zone, setZone] = useState('');
  useEffect(() => {
    setZone(window.localStorage.getItem(STORAGE_KEY) ?? '');
  }, []);
  return [
    zone,
    (next: string) => {
      setZone(next);
      if (next) window.localStorage.setItem(STORAGE_KEY, next);
      else window.localStorage.removeItem(STORAGE_KEY);
    },
  ];
}

export function TimeZoneSelect({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  // Listed after mounting: the server's render and the browser's first one must agree.
  const [options, setOptions] = useState<string[]>([]);
  useEffect(() => setOptions(zones()), []);
  return (
    <Field
      label="Times written without a time zone"
      hint="Zoned times (Z, +02:00, CET, epochs) are never moved. Automatic reads the others as UTC, or at the offset that lines a file up with the zoned files sent with it."
    >
      <Select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Automatic</option>
        {options.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
        {value && !options.includes(value) ? <option value={value}>{value}</option> : null}
      </Select>
    </Field>
  );
}
