import { Suspense } from 'react';
import { UploadDetail } from '../../../../components/detail/upload-detail';
import { Spinner } from '../../../../components/ui/states';

export default async function UploadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={<Spinner label="Loading the upload" />}>
      <UploadDetail id={id} />
    </Suspense>
  );
}
