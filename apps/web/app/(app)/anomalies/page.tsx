'use client';
import { useState } from 'react';
import { AnomalyFeed } from '../../../components/anomalies/anomaly-feed';
import { AnomalyFilters, type InboxFilter } from '../../../components/anomalies/anomaly-filters';
import { Card, PageHeader } from '../../../components/ui/card';

export default function AnomaliesPage() {
  const [filter, setFilter] = useState<InboxFilter>({ status: ['open'], severity: [], type: [] });
  return (
    <>
      <PageHeader
        title="Anomalies"
        description="Everything LogAi flagged across your uploads. Acknowledge what you are on, resolve what is fixed, mute the noise."
      />
      <Card className="mb-6">
        <AnomalyFilters filter={filter} onChange={setFilter} />
      </Card>
      <AnomalyFeed filter={filter} showUpload />
    </>
  );
}
