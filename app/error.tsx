"use client";

import { FailureNotice } from "@/components/layout/failure-notice";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <FailureNotice onRetry={reset} />;
}
