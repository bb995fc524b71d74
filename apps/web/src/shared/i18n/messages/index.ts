import type { Locale } from '../define';
import { accountsMessages } from './accounts';
import { auditMessages } from './audit';
import { authMessages } from './auth';
import { commonMessages } from './common';
import { economyEnUS } from './economy.en-US';
import { economyZhCN } from './economy.zh-CN';
import { enterprisesMessages } from './enterprises';
import { errorMessages } from './errors';
import { homeMessages } from './home';
import { organisationMessages } from './organisation';
import { reportingEnUS } from './reporting.en-US';
import { reportingZhCN } from './reporting.zh-CN';
import { targetsMessages } from './targets';
import { investmentMessages } from './investment';
import { projectsMessages } from './projects';
import { schedulingMessages } from './scheduling';
import { investmentStatsMessages } from './investment-stats';
import { inspectionsMessages } from './inspections';
import { hazardsMessages } from './hazards';
import { environmentMessages } from './environment';
import { safetyStatsMessages } from './safety-stats';

// One file per area; a new module adds its file here. Both languages are type-checked to have every key.
const zhCN = {
  ...commonMessages['zh-CN'],
  ...errorMessages['zh-CN'],
  ...authMessages['zh-CN'],
  ...homeMessages['zh-CN'],
  ...organisationMessages['zh-CN'],
  ...accountsMessages['zh-CN'],
  ...auditMessages['zh-CN'],
  ...enterprisesMessages['zh-CN'],
  ...targetsMessages['zh-CN'],
  ...investmentMessages['zh-CN'],
  ...projectsMessages['zh-CN'],
  ...schedulingMessages['zh-CN'],
  ...investmentStatsMessages['zh-CN'],
  ...inspectionsMessages['zh-CN'],
  ...hazardsMessages['zh-CN'],
  ...environmentMessages['zh-CN'],
  ...safetyStatsMessages['zh-CN'],
  ...economyZhCN,
  ...reportingZhCN,
};

/** Every key of the dictionary. */
export type MessageKey = keyof typeof zhCN;

const enUS: Record<MessageKey, string> = {
  ...commonMessages['en-US'],
  ...errorMessages['en-US'],
  ...authMessages['en-US'],
  ...homeMessages['en-US'],
  ...organisationMessages['en-US'],
  ...accountsMessages['en-US'],
  ...auditMessages['en-US'],
  ...enterprisesMessages['en-US'],
  ...targetsMessages['en-US'],
  ...investmentMessages['en-US'],
  ...projectsMessages['en-US'],
  ...schedulingMessages['en-US'],
  ...investmentStatsMessages['en-US'],
  ...inspectionsMessages['en-US'],
  ...hazardsMessages['en-US'],
  ...environmentMessages['en-US'],
  ...safetyStatsMessages['en-US'],
  ...economyEnUS,
  ...reportingEnUS,
};

/** The dictionary of each locale. */
export const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
