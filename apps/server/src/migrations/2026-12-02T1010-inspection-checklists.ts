import type { Kysely } from 'kysely';

// Frozen: inspection plans (日查/周查/月查, 专项, 联合, 第三方) with their enterprises, checklist
// templates (检查表) with their items, and the items of each inspection record. Six standard
// checklists are seeded here so every install has them; their ids are fixed.

const SEEDED_AT = '2026-12-02T00:00:00.000Z';

const L13 = '《工贸企业有限空间作业安全规定》(应急管理部令第13号)';
const L6 = '《工贸企业粉尘防爆安全规定》(应急管理部令第6号)';
const L10 = '《工贸企业重大事故隐患判定标准》(应急管理部令第10号)';
const FIRE = '《中华人民共和国消防法》；《机关、团体、企业、事业单位消防安全管理规定》(公安部令第61号)';
const CHEM = '《危险化学品安全管理条例》';
const WORK = '《中华人民共和国安全生产法》';

type SeedItem = [content: string, legalBasis: string, category: string];
interface SeedChecklist {
  title: string;
  topic: string | null;
  description: string;
  items: SeedItem[];
}

const CHECKLISTS: SeedChecklist[] = [
  {
    title: '有限空间作业安全检查表',
    topic: 'confinedSpace',
    description: '适用于存在有限空间作业的工贸企业',
    items: [
      ['建立有限空间作业安全管理制度和作业审批制度，明确各岗位职责', L13, 'confinedSpace'],
      ['对有限空间进行辨识，建立有限空间管理台账并及时更新', `${L13}；${L10}`, 'confinedSpace'],
      ['有限空间出入口设置明显的安全警示标志和警示说明', `${L13}；${L10}`, 'confinedSpace'],
      ['作业前履行审批手续，严格执行"先通风、再检测、后作业"', `${L13}；${L10}`, 'confinedSpace'],
      ['作业现场设置监护人员，监护人员全程在岗', `${L13}；${L10}`, 'confinedSpace'],
      ['配备气体检测报警仪、通风设备、呼吸防护用品和应急救援装备', L13, 'confinedSpace'],
      ['对作业人员、监护人员开展专项安全培训并考核合格', L13, 'confinedSpace'],
      ['制定有限空间作业现场处置方案并定期演练', L13, 'confinedSpace'],
    ],
  },
  {
    title: '粉尘防爆安全检查表',
    topic: 'dustExplosion',
    description: '适用于存在可燃性粉尘的工贸企业',
    items: [
      ['建立粉尘防爆安全管理制度，开展粉尘爆炸风险辨识评估并建立清单', L6, 'dustExplosion'],
      ['除尘系统按工艺分区相对独立设置，不同防火分区的除尘系统不互联互通', `${L6}；${L10}`, 'dustExplosion'],
      ['干式除尘系统采取泄爆、隔爆、惰化、抑爆等控爆措施', `${L6}；${L10}`, 'dustExplosion'],
      ['粉尘爆炸危险场所20区使用防爆电气设备', `${L6}；${L10}`, 'electrical'],
      ['落实粉尘清理制度，作业场所积尘及时规范清理', `${L6}；${L10}`, 'dustExplosion'],
      ['除尘器设置锁气卸灰、火花探测消除等防范点燃源措施', L6, 'dustExplosion'],
      ['粉尘防爆设备设施定期检查维护并记录', L6, 'dustExplosion'],
      ['对粉尘作业岗位人员开展粉尘防爆专项安全培训', L6, 'dustExplosion'],
    ],
  },
  {
    title: '消防安全检查表',
    topic: 'fire',
    description: '适用于各类入驻企业的消防安全检查',
    items: [
      ['落实消防安全责任制，明确消防安全责任人和管理人', FIRE, 'fire'],
      ['按标准配置消防设施、器材并定期检验维修，保持完好有效', FIRE, 'fire'],
      ['疏散通道、安全出口、消防车通道畅通，无占用、堵塞、封闭', FIRE, 'fire'],
      ['应急照明、疏散指示标志完好有效', FIRE, 'fire'],
      ['开展防火巡查、检查并记录，及时纠正违章行为', FIRE, 'fire'],
      ['消防控制室实行24小时值班，值班人员持证上岗', FIRE, 'fire'],
      ['按规定组织消防安全培训和灭火、应急疏散演练', FIRE, 'fire'],
      ['电气线路敷设规范，无私拉乱接、超负荷用电', FIRE, 'electrical'],
    ],
  },
  {
    title: '危险化学品安全检查表',
    topic: 'hazardousChemicals',
    description: '适用于生产、储存、使用危险化学品的企业',
    items: [
      ['危险化学品储存在专用仓库、专用场地或专用储存室，由专人管理', CHEM, 'hazardousChemicals'],
      ['剧毒化学品和构成重大危险源的危险化学品实行双人收发、双人保管', CHEM, 'hazardousChemicals'],
      ['储存方式、方法与数量符合国家标准，禁忌物料分区分类储存', CHEM, 'hazardousChemicals'],
      ['按国家标准设置安全设施、设备并经常维护保养', CHEM, 'hazardousChemicals'],
      ['包装、容器和储存场所设置安全标签、警示标志，配备安全技术说明书', CHEM, 'hazardousChemicals'],
      ['建立危险化学品出入库核查、登记制度和管理台账', CHEM, 'hazardousChemicals'],
      ['从业人员经安全培训合格上岗', CHEM, 'hazardousChemicals'],
      ['制定危险化学品事故应急预案，配备应急救援器材并定期演练', CHEM, 'hazardousChemicals'],
    ],
  },
  {
    title: '皮带输送机安全检查表',
    topic: 'beltConveyor',
    description: '适用于使用带式输送机的企业',
    items: [
      [
        '头部、尾部及改向滚筒等转动部位设置防护罩或防护栏',
        `${L10}；GB 14784《带式输送机 安全规范》`,
        'machinery',
      ],
      ['沿线设置拉绳急停开关，灵敏可靠', `${L10}；GB 14784《带式输送机 安全规范》`, 'machinery'],
      ['设置跑偏、打滑、堵料等保护装置并有效', 'GB 14784《带式输送机 安全规范》', 'machinery'],
      ['人员跨越处设置带护栏的跨越通道', 'GB 14784《带式输送机 安全规范》', 'machinery'],
      ['检修、清理作业执行停机、断电、挂牌上锁', `${L10}；GB 14784《带式输送机 安全规范》`, 'machinery'],
      ['启动前设置声光预警信号', 'GB 14784《带式输送机 安全规范》', 'machinery'],
      ['输送带、托辊完好，沿线无积料、撒料', 'GB 14784《带式输送机 安全规范》', 'housekeeping'],
    ],
  },
  {
    title: '通用安全生产检查表',
    topic: null,
    description: '日常检查通用项目',
    items: [
      ['建立健全全员安全生产责任制和安全生产规章制度', `${WORK}第四条`, 'other'],
      ['主要负责人和安全生产管理人员安全生产知识和管理能力考核合格', `${WORK}第二十七条`, 'other'],
      ['特种作业人员经专门培训并取得相应资格后上岗作业', `${WORK}第三十条；${L10}`, 'other'],
      ['对承包、承租单位统一协调管理，签订安全生产管理协议', `${WORK}第四十九条；${L10}`, 'other'],
      ['建立安全风险分级管控和隐患排查治理双重预防机制', `${WORK}第四十一条`, 'other'],
      ['特种设备经定期检验合格并在有效期内使用', '《中华人民共和国特种设备安全法》', 'specialEquipment'],
      ['配电箱柜规范，电气设备接地和漏电保护完好', WORK, 'electrical'],
      ['为从业人员提供符合标准的劳动防护用品并监督正确佩戴', `${WORK}第四十五条`, 'occupationalHealth'],
    ],
  },
];

/** The fixed id of the n-th seeded checklist (1-based) and of its m-th item. */
const checklistId = (n: number) => `01938000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const itemId = (n: number, m: number) => `01938000-0000-7000-8001-${String(n * 100 + m).padStart(12, '0')}`;

// Kysely<any>: a frozen migration must not follow the application's evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checklists')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('title', 'varchar(100)', (c) => c.notNull())
    .addColumn('topic', 'varchar(24)') // SpecialTopic, or null for a general checklist
    .addColumn('description', 'varchar(500)', (c) => c.notNull())
    .addColumn('built_in', 'integer', (c) => c.notNull()) // 1: seeded, read-only, copy to change
    .addColumn('status', 'varchar(16)', (c) => c.notNull()) // active | archived
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('checklist_items')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('checklist_id', 'varchar(36)', (c) => c.notNull().references('checklists.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('content', 'varchar(500)', (c) => c.notNull())
    .addColumn('legal_basis', 'varchar(1000)', (c) => c.notNull())
    .addColumn('hazard_category', 'varchar(24)', (c) => c.notNull()) // default category of a failure
    .execute();
  await db.schema
    .createIndex('checklist_items_checklist_idx')
    .on('checklist_items')
    .columns(['checklist_id', 'seq'])
    .execute();

  await db.schema
    .createTable('inspection_plans')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('title', 'varchar(100)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull()) // routine | special | joint | thirdParty
    .addColumn('frequency', 'varchar(8)') // daily | weekly | monthly, routine plans only
    .addColumn('special_topic', 'varchar(24)') // special plans only
    .addColumn('joint_departments', 'varchar(500)', (c) => c.notNull()) // joint plans: who joins
    .addColumn('provider', 'varchar(100)', (c) => c.notNull()) // third party: 安全管家/环保管家
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('checklist_id', 'varchar(36)', (c) => c.references('checklists.id'))
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('note', 'varchar(1000)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull()) // active | closed
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inspection_plans_dates_idx')
    .on('inspection_plans')
    .columns(['starts_on'])
    .execute();

  await db.schema
    .createTable('inspection_plan_enterprises')
    .addColumn('plan_id', 'varchar(36)', (c) => c.notNull().references('inspection_plans.id'))
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.notNull().references('enterprises.id'))
    .addPrimaryKeyConstraint('inspection_plan_enterprises_pk', ['plan_id', 'enterprise_id'])
    .execute();

  await db.schema
    .createTable('inspection_items')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('inspection_id', 'varchar(36)', (c) => c.notNull().references('inspections.id'))
    .addColumn('checklist_item_id', 'varchar(36)') // the template item copied, null for an ad-hoc item
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('content', 'varchar(500)', (c) => c.notNull())
    .addColumn('legal_basis', 'varchar(1000)', (c) => c.notNull())
    .addColumn('result', 'varchar(16)') // pass | fail | notApplicable, null until answered
    .addColumn('note', 'varchar(1000)', (c) => c.notNull())
    .addColumn('photo_file_ids', 'text', (c) => c.notNull()) // JSON list
    // The hazard a failure registers on completion.
    .addColumn('hazard_grade', 'varchar(8)', (c) => c.notNull())
    .addColumn('hazard_category', 'varchar(24)', (c) => c.notNull())
    .addColumn('hazard_location', 'varchar(200)', (c) => c.notNull())
    .addColumn('hazard_description', 'varchar(2000)', (c) => c.notNull())
    .addColumn('hazard_deadline', 'varchar(10)')
    .addColumn('responsible_person', 'varchar(50)', (c) => c.notNull())
    .addColumn('responsible_phone', 'varchar(30)')
    .addColumn('hazard_id', 'varchar(36)', (c) => c.references('hazards.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inspection_items_inspection_idx')
    .on('inspection_items')
    .columns(['inspection_id', 'seq'])
    .execute();
  await db.schema.createIndex('inspections_plan_idx').on('inspections').columns(['plan_id']).execute();

  for (const [i, checklist] of CHECKLISTS.entries()) {
    const id = checklistId(i + 1);
    await db
      .insertInto('checklists')
      .values({
        id,
        title: checklist.title,
        topic: checklist.topic,
        description: checklist.description,
        built_in: 1,
        status: 'active',
        created_by: null,
        version: 1,
        created_at: SEEDED_AT,
        updated_at: SEEDED_AT,
      })
      .execute();
    await db
      .insertInto('checklist_items')
      .values(
        checklist.items.map(([content, legalBasis, category], m) => ({
          id: itemId(i + 1, m + 1),
          checklist_id: id,
          seq: m + 1,
          content,
          legal_basis: legalBasis,
          hazard_category: category,
        })),
      )
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('inspections_plan_idx').execute();
  await db.schema.dropTable('inspection_items').execute();
  await db.schema.dropTable('inspection_plan_enterprises').execute();
  await db.schema.dropTable('inspection_plans').execute();
  await db.schema.dropTable('checklist_items').execute();
  await db.schema.dropTable('checklists').execute();
}
