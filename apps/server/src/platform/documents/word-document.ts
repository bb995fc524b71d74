import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** One block of a generated Word document. */
export type WordBlock =
  | { kind: 'title'; text: string }
  | { kind: 'paragraph'; text: string; align?: 'left' | 'center' | 'right'; bold?: boolean }
  | { kind: 'table'; headers: string[]; rows: string[][]; widths?: number[] };

/** The MIME type of a .docx file. */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = 'SimSun'; // 宋体, the font official notices use
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function cell(text: string, bold: boolean, widthPct?: number): TableCell {
  return new TableCell({
    width: widthPct ? { size: widthPct, type: WidthType.PERCENTAGE } : undefined,
    borders: { top: border, bottom: border, left: border, right: border },
    children: text
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, font: FONT })] })),
  });
}

function block(b: WordBlock): Paragraph | Table {
  switch (b.kind) {
    case 'title':
      return new Paragraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: b.text, bold: true, size: 36, font: FONT })],
      });
    case 'paragraph':
      return new Paragraph({
        alignment: ALIGN[b.align ?? 'left'],
        spacing: { after: 120 },
        children: [new TextRun({ text: b.text, bold: b.bold ?? false, size: 24, font: FONT })],
      });
    case 'table':
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: b.headers.map((h, i) => cell(h, true, b.widths?.[i])),
          }),
          ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, false, b.widths?.[i])) })),
        ],
      });
  }
}

/** Renders blocks into a .docx (A4, one section); a small generic helper for generated documents. */
export function renderWordDocument(
  blocks: WordBlock[],
  meta: { title: string; creator: string },
): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator,
    sections: [
      { properties: { page: { size: { width: 11906, height: 16838 } } }, children: blocks.map(block) },
    ],
  });
  return Packer.toBuffer(doc);
}
