import type { DemoSeedContext } from '../../demo/demo-random.js';
import type { AppContext } from '../../platform/context.js';
import { DemoCalendar, stamp } from './projects.seed-support.js';

// The demo's investors (客商), agents (招商代理) and activities (接待/外出考察/推介会) of two years.

/** Name, where it is based, foreign or not. */
export const INVESTORS: [string, string, boolean][] = [
  ['苏州工业投资集团', '江苏苏州', false],
  ['南京紫金科技投资', '江苏南京', false],
  ['无锡华芯半导体', '江苏无锡', false],
  ['常州新能动力', '江苏常州', false],
  ['南通海工装备', '江苏南通', false],
  ['扬州精工机械', '江苏扬州', false],
  ['徐州徐工配套', '江苏徐州', false],
  ['上海联创汽车零部件', '上海', false],
  ['上海瑞康生物医药', '上海', false],
  ['杭州云帆数字科技', '浙江杭州', false],
  ['宁波港城新材料', '浙江宁波', false],
  ['深圳鹏程电子', '广东深圳', false],
  ['东莞立信精密', '广东东莞', false],
  ['合肥蔚蓝储能', '安徽合肥', false],
  ['北京中科智造', '北京', false],
  ['成都天府光电', '四川成都', false],
  ['青岛海达化工', '山东青岛', false],
  ['武汉光谷激光', '湖北武汉', false],
  ['香港恒丰实业', '中国香港', true],
  ['台湾宏达精密', '中国台湾', true],
  ['新加坡亚太资本', '新加坡', true],
  ['日本大阪精机', '日本大阪', true],
  ['德国莱茵自动化', '德国斯图加特', true],
  ['韩国世宇化学', '韩国首尔', true],
  ['陈建国(个人)', '浙江温州', false],
];

/** What the projects make, with its GB/T 4754 class. */
export const PRODUCTS: [string, string][] = [
  ['锂电池电芯', '3841'],
  ['半导体设备', '3562'],
  ['电子元器件装备', '3563'],
  ['电子专用材料', '3985'],
  ['光电子器件', '3976'],
  ['汽车零部件', '3670'],
  ['新能源车身', '3660'],
  ['精密注塑件', '2927'],
  ['钢结构', '3311'],
  ['精密机械零部件', '3484'],
  ['功率半导体模块', '3824'],
  ['原料药', '2710'],
  ['食品添加剂', '1495'],
  ['工业软件', '6513'],
  ['健康管理中心', '7244'],
  ['智能终端', '3990'],
  ['工程塑料', '2651'],
];

/** Seeds the parties and activities; returns their ids, the 推介会 first-to-last. */
export async function seedInvestmentParties(
  ctx: AppContext,
  demo: DemoSeedContext,
  cal: DemoCalendar,
  investDept: string | null,
  investor: string | null,
): Promise<{ investorIds: string[]; agentIds: string[]; events: string[] }> {
  const { random } = demo;
  const investorIds: string[] = [];
  for (const [i, [name, region, foreign]] of INVESTORS.entries()) {
    const row = stamp(demo);
    investorIds.push(row.id);
    await ctx.db
      .insertInto('investors')
      .values({
        ...row,
        name,
        kind: name.includes('个人') ? 'person' : 'company',
        region,
        is_foreign: foreign ? 1 : 0,
        industry_code: PRODUCTS[i % PRODUCTS.length]![1],
        contact_name: `${'王李张刘陈杨黄赵周吴'[i % 10]}总`,
        contact_phone: `1390000${String(1000 + i)}`,
        contact_title: i % 3 === 0 ? '董事长' : '投资总监',
        note: '',
        version: 1,
      })
      .execute();
  }
  const agentIds: string[] = [];
  for (const [i, name] of [
    '长三角招商服务有限公司',
    '深港产业咨询有限公司',
    '沪上投资顾问有限公司',
  ].entries()) {
    const row = stamp(demo);
    agentIds.push(row.id);
    await ctx.db
      .insertInto('investment_agents')
      .values({
        ...row,
        name,
        contact_name: `${'孙钱周'[i]}经理`,
        contact_phone: `1370000${String(2000 + i)}`,
        contract_from: cal.daysAgo(700),
        contract_to: cal.daysAgo(-365),
        note: '按引进项目到位资金的1%支付佣金',
        version: 1,
      })
      .execute();
  }

  // 推介会 first: projects signed there refer to them.
  const activity = async (kind: 'reception' | 'trip' | 'promotionEvent', daysAgo: number, i: number) => {
    const row = stamp(demo);
    const met = [random.pick(investorIds), random.pick(investorIds)];
    const who = INVESTORS[investorIds.indexOf(met[0]!)]![0];
    const on = cal.daysAgo(daysAgo);
    await ctx.db
      .insertInto('investment_activities')
      .values({
        ...row,
        kind,
        title:
          kind === 'reception'
            ? `接待${who}考察团`
            : kind === 'trip'
              ? `赴${INVESTORS[investorIds.indexOf(met[0]!)]![1]}招商考察`
              : `${['长三角', '粤港澳', '新能源'][i % 3]}产业招商推介会`,
        started_on: on,
        ended_on: kind === 'reception' ? on : DemoCalendar.plus(on, random.int(1, 3)),
        place: kind === 'reception' ? '管委会会议室' : INVESTORS[investorIds.indexOf(met[0]!)]![1],
        participants: '张招商、王主任',
        counterparts: who,
        investor_ids: JSON.stringify([...new Set(met)]),
        outcome:
          kind === 'promotionEvent' ? `现场签约项目${random.int(2, 5)}个` : '达成初步投资意向,持续跟进',
        department_id: investDept,
        created_by: investor,
        version: 1,
      })
      .execute();
    return row.id;
  };
  const events: string[] = [];
  for (const [i, d] of [620, 330, 75].entries()) events.push(await activity('promotionEvent', d, i));
  for (let i = 0; i < 30; i++) await activity('reception', random.int(2, 720), i);
  for (let i = 0; i < 15; i++) await activity('trip', random.int(5, 720), i);

  return { investorIds, agentIds, events };
}
