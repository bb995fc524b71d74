import { Checkbox, Tooltip, Typography } from 'antd';
import type { PermissionView, Role } from '@kaifaqu/contracts';
import { useDynamicT, useLocale, useT } from '../../../shared/i18n';

/** Props of {@link PermissionChecklist}; `value`/`onChange` make it an antd form control. */
export interface PermissionChecklistProps {
  catalogue: PermissionView[];
  /** The role's administrator duty; null for a business role. */
  adminDuty: Role['adminDuty'];
  value?: string[];
  onChange?: (value: string[]) => void;
  readOnly?: boolean;
}

const ADMIN_DUTIES = new Set(['system', 'security', 'audit']);

/**
 * Whether a role of `adminDuty` may hold a permission of `duty` (三权分立): an admin role holds its own
 * duty's and shared permissions; a business role holds no administrator permission. The server decides;
 * this only greys out what it would refuse.
 */
export function dutyAllows(adminDuty: Role['adminDuty'], duty: string): boolean {
  if (adminDuty) return duty === adminDuty || duty === 'shared';
  return !ADMIN_DUTIES.has(duty);
}

/** The permission catalogue as checkbox groups by module, with a select-all per module. */
export function PermissionChecklist({
  catalogue,
  adminDuty,
  value = [],
  onChange,
  readOnly,
}: PermissionChecklistProps) {
  const t = useT();
  const dynamicT = useDynamicT();
  const { locale } = useLocale();
  const selected = new Set(value);
  const modules = [...new Set(catalogue.map((p) => p.module))];

  const set = (codes: string[], on: boolean) => {
    const next = new Set(selected);
    for (const code of codes) {
      if (on) next.add(code);
      else next.delete(code);
    }
    // Keep catalogue order so the saved list is stable.
    onChange?.(catalogue.map((p) => p.code).filter((c) => next.has(c)));
  };

  return (
    <div className="kfq-permission-list">
      {modules.map((module) => {
        const items = catalogue.filter((p) => p.module === module);
        const allowed = items.filter((p) => dutyAllows(adminDuty, p.duty)).map((p) => p.code);
        const checkedCount = allowed.filter((c) => selected.has(c)).length;
        return (
          <fieldset key={module} className="kfq-permission-group">
            <legend>
              <Checkbox
                disabled={readOnly || allowed.length === 0}
                checked={allowed.length > 0 && checkedCount === allowed.length}
                indeterminate={checkedCount > 0 && checkedCount < allowed.length}
                onChange={(e) => set(allowed, e.target.checked)}
              >
                <Typography.Text strong>{dynamicT(`module.${module}`, module)}</Typography.Text>
              </Checkbox>
            </legend>
            <div className="kfq-permission-items">
              {items.map((p) => {
                const permitted = dutyAllows(adminDuty, p.duty);
                const checked = selected.has(p.code);
                const box = (
                  <Checkbox
                    key={p.code}
                    checked={checked}
                    // An already-granted misfit stays removable; a new one cannot be added.
                    disabled={readOnly || (!permitted && !checked)}
                    onChange={(e) => set([p.code], e.target.checked)}
                  >
                    {locale === 'zh-CN' ? p.labelZh : p.labelEn}
                    <Typography.Text type="secondary" className="kfq-permission-code">
                      {p.code}
                    </Typography.Text>
                  </Checkbox>
                );
                return permitted ? (
                  box
                ) : (
                  <Tooltip
                    key={p.code}
                    title={t('roles.dutyMismatch', { duty: dynamicT(`roles.dutyName.${p.duty}`, p.duty) })}
                  >
                    <span>{box}</span>
                  </Tooltip>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
