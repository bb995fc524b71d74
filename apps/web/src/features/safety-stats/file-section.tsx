import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import {
  registerEnterpriseFileSectionView,
  type EnterpriseFileSectionViewProps,
} from '../enterprises/file-sections';

// The section's tables arrive with the first 一企一档 that shows them.
const SafetyFileSectionView = lazy(async () => ({
  default: (await import('./components/SafetyFileSection')).SafetyFileSection,
}));

/** 一企一档 · 安全环保, loaded on first use. */
function SafetyView(props: EnterpriseFileSectionViewProps) {
  return (
    <Suspense fallback={<Spin />}>
      <SafetyFileSectionView {...props} />
    </Suspense>
  );
}

// The server's 'safety' section is drawn by this view; imported once by the router for this side effect.
registerEnterpriseFileSectionView('safety', SafetyView);
