import { renderWordDocument, type WordBlock } from '../../../platform/documents/word-document.js';

const GRADE_ZH: Record<string, string> = { general: '一般', major: '重大' };

/** 2026-03-05 → 2026年3月5日. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** What a rectification notice (整改通知书) prints. */
export interface NoticeContent {
  number: string;
  enterpriseName: string;
  deadline: string;
  issuingBody: string;
  issuedOn: string;
  hazards: {
    code: string;
    description: string;
    location: string;
    grade: string;
    legalBasis: string;
    deadline: string;
  }[];
}

/** Renders the notice as a .docx: title, number, addressee, the hazards table, issuer and date. */
export function renderNoticeDocument(n: NoticeContent): Promise<Buffer> {
  const blocks: WordBlock[] = [
    { kind: 'title', text: '隐患整改通知书' },
    { kind: 'paragraph', text: n.number, align: 'center' },
    { kind: 'paragraph', text: `${n.enterpriseName}:`, bold: true },
    {
      kind: 'paragraph',
      text:
        `经检查,你单位存在下列安全生产事故隐患(共 ${n.hazards.length} 项)。根据《安全生产事故隐患排查治理暂行规定》,` +
        `责令你单位于 ${chineseDate(n.deadline)} 前整改完毕,整改期间采取有效防范措施确保安全,` +
        `并将整改情况(整改措施、完成时间、整改前后照片)报送我单位复查。`,
    },
    {
      kind: 'table',
      headers: ['序号', '隐患编号', '隐患描述', '位置', '等级', '依据', '整改期限'],
      widths: [6, 12, 30, 14, 6, 20, 12],
      rows: n.hazards.map((h, i) => [
        String(i + 1),
        h.code,
        h.description,
        h.location,
        GRADE_ZH[h.grade] ?? h.grade,
        h.legalBasis,
        h.deadline,
      ]),
    },
    { kind: 'paragraph', text: '' },
    { kind: 'paragraph', text: `被检查单位签收:__________    日期:__________` },
    { kind: 'paragraph', text: '' },
    { kind: 'paragraph', text: n.issuingBody, align: 'right' },
    { kind: 'paragraph', text: chineseDate(n.issuedOn), align: 'right' },
  ];
  return renderWordDocument(blocks, { title: `隐患整改通知书 ${n.number}`, creator: n.issuingBody });
}
