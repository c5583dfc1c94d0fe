import type { ReactNode } from 'react';

/** Every main screen starts with one h1; focus moves to it on navigation so screen readers follow. */
export function ScreenHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="screen-header">
      <h1 tabIndex={-1} id="screen-title">
        {title}
      </h1>
      {children && <div className="screen-header-actions">{children}</div>}
    </header>
  );
}
