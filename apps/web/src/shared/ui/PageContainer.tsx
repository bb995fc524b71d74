import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** Props of {@link PageContainer}. */
export interface PageContainerProps {
  title: ReactNode;
  /** One line under the title saying what the page is for. */
  description?: ReactNode;
  /** Buttons at the right of the title (e.g. 新建). */
  extra?: ReactNode;
  children: ReactNode;
}

/** The frame of every page: a title row with actions, then the content on a white panel. */
export function PageContainer({ title, description, extra, children }: PageContainerProps) {
  return (
    <div className="kfq-page">
      <div className="kfq-page-head">
        <div>
          <Typography.Title level={4} className="kfq-page-title">
            {title}
          </Typography.Title>
          {description ? <Typography.Text type="secondary">{description}</Typography.Text> : null}
        </div>
        {extra ? <div className="kfq-page-extra">{extra}</div> : null}
      </div>
      {children}
    </div>
  );
}
