import { IconBriefcase, IconFiles, IconListDetails, IconUserStar } from '@tabler/icons-react';
import { lazyPage, type WebModule } from '../../components/web-module.tsx';
import { hasRole } from '../../lib/session.ts';

const page = lazyPage('talent');
const OpportunitiesPage = page(() => import('./routes/OpportunitiesPage.tsx'), 'OpportunitiesPage');
const OpportunityPage = page(() => import('./routes/OpportunityPage.tsx'), 'OpportunityPage');
const MyProfilePage = page(() => import('./routes/MyProfilePage.tsx'), 'MyProfilePage');
const MyApplicationsPage = page(() => import('./routes/MyApplicationsPage.tsx'), 'MyApplicationsPage');
const ProfilePage = page(() => import('./routes/ProfilePage.tsx'), 'ProfilePage');
const PostingsPage = page(() => import('./routes/PostingsPage.tsx'), 'PostingsPage');
const PostingEditPage = page(() => import('./routes/PostingEditPage.tsx'), 'PostingEditPage');
const BoardPage = page(() => import('./routes/BoardPage.tsx'), 'BoardPage');

/** Talent for students and recruiters: jobs and internships, profiles, applications and the recruiter's board. */
export const talentModule: WebModule = {
  name: 'talent',
  namespace: 'talent',
  routes: [
    { path: 'talent/opportunities', page: OpportunitiesPage },
    { path: 'talent/opportunities/:id', page: OpportunityPage },
    { path: 'talent/profile', page: MyProfilePage, auth: true },
    { path: 'talent/applications', page: MyApplicationsPage, auth: true },
    // Public profiles open to visitors; the server decides what each viewer may see.
    { path: 'talent/profiles/:id', page: ProfilePage },
    { path: 'talent/postings', page: PostingsPage, auth: 'recruiter' },
    { path: 'talent/postings/new', page: PostingEditPage, auth: 'recruiter' },
    { path: 'talent/postings/:id/edit', page: PostingEditPage, auth: 'recruiter' },
    { path: 'talent/postings/:id/board', page: BoardPage, auth: 'recruiter' },
  ],
  navigation: [
    {
      group: 'explore',
      items: [{ to: '/talent/opportunities', label: 'talent.nav.opportunities', icon: IconBriefcase }],
    },
    {
      group: 'mine',
      items: [
        { to: '/talent/profile', label: 'talent.nav.myProfile', icon: IconUserStar },
        { to: '/talent/applications', label: 'talent.nav.myApplications', icon: IconFiles },
      ],
    },
    {
      group: { id: 'talent-recruiter', title: 'talent.nav.recruiterGroup' },
      visible: (me) => hasRole(me, 'recruiter'),
      items: [{ to: '/talent/postings', label: 'talent.nav.postings', icon: IconListDetails }],
    },
  ],
};
