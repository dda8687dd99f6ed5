import { z } from 'zod';
import { Upload } from './uploads';

export const Dashboard = z
  .object({
    uploads: z.object({ total: z.number().int(), thisWeek: z.number().int(), processing: z.number().int() }),
    linesAnalysed: z.number().int(),
    openAnomalies: z.object({
      critical: z.number().int(),
      high: z.number().int(),
      medium: z.number().int(),
      low: z.number().int(),
      info: z.number().int(),
    }),
    /** Per day over the last 14 days, by upload time. */
    errorRateTrend: z.array(
      z.object({ day: z.string(), events: z.number().int(), errors: z.number().int(), rate: z.number() }),
    ),
    recentUploads: z.array(Upload),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof Dashboard>;
