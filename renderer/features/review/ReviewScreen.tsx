import { useTranslation } from 'react-i18next';
import { codebookLanguages, type CodebookLanguage } from '../../../shared/codebook/document';
import type { Project } from '../../../shared/model';
import { useCodebook } from '../../store/queries/codebook';
import { useReview } from '../../store/queries/review';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useCoder } from '../coding/useCodingActions';
import { NoProject } from '../sources/NoProject';
import { useCurrentProject } from '../sources/useCurrentProject';
import { CommentsPanel } from './CommentsPanel';
import { PackagePanel } from './PackagePanel';
import { ProposalsPanel } from './ProposalsPanel';
import { VersionsPanel } from './VersionsPanel';
import { AgreementSection } from '../agreement/AgreementSection';
import './review.css';

/** "Gjennomgang": codebook versions and sign-off, comments, proposals, a package for the supervisor. */
export function ReviewScreen() {
  const { t } = useTranslation();
  const project = useCurrentProject();
  if (project === undefined) return null;
  if (project === null) {
    return (
      <section aria-labelledby="screen-title" className="screen">
        <ScreenHeader title={t('review.title')} />
        <NoProject />
      </section>
    );
  }
  return <Review key={project.id} project={project} />;
}

function Review({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const codebook = useCodebook(project.id);
  const review = useReview(project.id);
  const coder = useCoder(project.id);
  const author = coder?.name ?? '';
  const language: CodebookLanguage = (codebookLanguages as readonly string[]).includes(i18n.language) ? (i18n.language as CodebookLanguage) : 'nb';
  if (!codebook || !review) return null;
  const codes = [...codebook.codes].sort((a, b) => a.name.localeCompare(b.name, language));
  const latest = review.versions.at(-1);

  return (
    <section aria-labelledby="screen-title" className="screen screen-wide review-screen">
      <ScreenHeader title={t('review.title')} />
      <div className="review-grid">
        <VersionsPanel projectId={project.id} versions={review.versions} codes={codebook.codes} codings={codebook.codings} author={author} />
        <ProposalsPanel projectId={project.id} codes={codes} proposals={review.proposals} author={author} />
        <CommentsPanel projectId={project.id} codes={codes} comments={review.comments} author={author} />
        <PackagePanel
          projectId={project.id}
          projectName={project.name}
          language={language}
          versionName={latest?.name ?? t('codebookReview.diff.current')}
          author={author}
        />
      </div>
      <AgreementSection project={project} />
    </section>
  );
}
