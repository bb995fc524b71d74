/** The product's mark: stylised factory buildings over a golden ground line. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="12" fill="#0f3b7a" />
      <path
        d="M14 46V26l10-6v26M28 46V16l12 6v24M44 46V30l8 4v12"
        fill="none"
        stroke="#fff"
        strokeWidth="4"
        strokeLinejoin="round"
      />
      <path d="M10 48h44" stroke="#f5c242" strokeWidth="4" strokeLinecap="round" />
    </svg>
  );
}
