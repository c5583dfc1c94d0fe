import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function NewProjectForm({ onCreate }: { onCreate: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="card new-project"
      aria-labelledby="new-project-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!name.trim()) {
          setError(t('projects.nameRequired'));
          return;
        }
        setError(null);
        await onCreate(name);
        setName('');
      }}
    >
      <h2 id="new-project-title">{t('projects.newTitle')}</h2>
      <div className="form-row">
        <label className="field">
          <span>{t('projects.nameLabel')}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('projects.namePlaceholder')}
            maxLength={200}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-project-error' : undefined}
          />
        </label>
        <button type="submit" className="button button-primary">
          {t('projects.create')}
        </button>
      </div>
      {error && (
        <p id="new-project-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
