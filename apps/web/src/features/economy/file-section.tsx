import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import {
  registerEnterpriseFileSectionView,
  type EnterpriseFileSectionViewProps,
} from '../enterprises/file-sections';

// The table arrives with the first 一企一档 that shows it, so registering costs the first page load nothing.
const IndicatorHistorySection = lazy(async () => ({
  default: (await import('./components/IndicatorHistorySection')).IndicatorHistorySection,
}));

/** 一企一档 · 经济指标, loaded on first use. */
function IndicatorHistoryView(props: EnterpriseFileSectionViewProps) {
  return (
    <Suspense fallback={<Spin />}>
      <IndicatorHistorySection {...props} />
    </Suspense>
  );
}

// The server's 'indicatorHistory' section is drawn by this table. Imported once by the router for this side
// effect, so the registry page never needs to know the economy module.
registerEnterpriseFileSectionView('indicatorHistory', IndicatorHistoryView);
