'use client';
import { PageHeader } from '../../../components/ui/card';

export default function DashboardPage() {
  return <PageHeader title="Dashboard" />;
}
