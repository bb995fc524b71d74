import ExcelJS from 'exceljs';
import type { FastifyRequest } from 'fastify';
import { ErrorCode } from '@kaifaqu/contracts';
import { AppError, badRequest } from '../errors.js';
import { cleanFileName, detectFileType, extensionOf } from '../files/file-type.js';
import { xlsxProblem } from './xlsx-guard.js';

// Receiving an Excel import: the multipart upload, the checks before exceljs sees the bytes, and
// the load itself. What the rows mean is the importing module's business.

/** Largest import upload: far above 5,000 rows of data, far below the attachment limit. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** An uploaded import file as the route read it. */
export interface ImportUpload {
  fileName: string;
  content: Buffer;
}

/** Exactly one `file` part of at most 10 MB; anything else in the form is refused. */
export async function readImportFile(request: FastifyRequest): Promise<ImportUpload> {
  if (!request.isMultipart()) throw badRequest('请使用 multipart/form-data 上传文件');
  let upload: ImportUpload | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } })) {
      if (part.type !== 'file' || part.fieldname !== 'file' || upload)
        throw badRequest('只能上传一个文件,字段名须为 file');
      upload = { fileName: cleanFileName(part.filename), content: await part.toBuffer() };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        413,
        ErrorCode.fileTooLarge,
        `导入文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
      );
    if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT')
      throw badRequest('只能上传一个文件,字段名须为 file');
    throw error;
  }
  if (!upload) throw badRequest('请选择要导入的 Excel 文件');
  return upload;
}

/**
 * Null when the upload may be handed to exceljs, else the reason in Chinese: extension and magic
 * bytes both (an .xls, a renamed .docx or an encrypted workbook stops here), then the bounds of
 * security.md 15 (zip bombs, huge sheets).
 */
export function uploadProblem(upload: ImportUpload): string | null {
  if (extensionOf(upload.fileName) !== 'xlsx' || !detectFileType(upload.fileName, upload.content))
    return '请上传 .xlsx 格式的 Excel 文件';
  return xlsxProblem(upload.content);
}

/** Loads a checked upload; a string is the reason it cannot be read. */
export async function loadWorkbook(content: Buffer): Promise<ExcelJS.Workbook | string> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (its own `Buffer`); a copy of ≤ 10 MB is cheap.
    await workbook.xlsx.load(
      content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer,
    );
  } catch {
    return '无法读取该 Excel 文件,请用导入模板另存为 .xlsx 后重试';
  }
  return workbook;
}
