/**
 * Settings of the deployed site that are not content. The repository is set in one place,
 * package.json's `repository` field (REPOSITORY_URL overrides it for a build, e.g. a fork's);
 * without it the "Report a problem" link is not rendered.
 */
import pkg from '../../package.json' with { type: 'json' };
import { repositoryUrl } from '../lib/report-issue.ts';

export const REPOSITORY_URL: string | null = repositoryUrl(
  process.env.REPOSITORY_URL ?? (pkg as { repository?: unknown }).repository,
);

/** The day of this build (UTC), shown in problem reports. */
export const BUILD_DATE: string = new Date().toISOString().slice(0, 10);
