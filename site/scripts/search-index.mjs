import { foldVietnamese } from '@hoilhpn/vietnamese';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index from the data instead of crawling the HTML. The
 * indexed text is folded (no accents, đ → d), and the search page folds the
 * query the same way, so "hoa binh", "Hòa Bình" and "Hoà Bình" find the same
 * pages. Titles and excerpts keep their accents in the metadata.
 */
export async function buildSearchIndex(data, outDir) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const records = [
    ...data.articles.map((article) => ({
      url: article.url,
      content: article.searchText,
      meta: { title: article.title, excerpt: article.lead.slice(0, 240), kind: 'Tin tức', date: article.publishedDate },
    })),
    ...data.projects.map((project) => ({
      url: project.url,
      content: foldVietnamese(`${project.shortTitle}\n${project.title}\n${project.summary}`),
      meta: { title: project.title, excerpt: project.summary.slice(0, 240), kind: 'Đề án' },
    })),
    ...data.videos.map((video) => ({
      url: video.url,
      content: foldVietnamese(`${video.title}\n${video.description}`),
      meta: { title: video.title, excerpt: video.description.slice(0, 240), kind: 'Video' },
    })),
    ...data.trainingCourses.map((course) => ({
      url: course.url,
      content: foldVietnamese(`${course.title}\n${course.audience ?? ''}\n${course.organizer ?? ''}`),
      meta: { title: course.title, excerpt: `${course.classCount} lớp, ${course.participantCount} học viên`, kind: 'Đào tạo' },
    })),
    ...data.cadres.map((cadre) => ({
      url: cadre.url,
      content: foldVietnamese(`${cadre.fullName}\n${cadre.positionTitle ?? cadre.positionLabel}\n${cadre.unit}\n${cadre.district ?? ''}`),
      meta: { title: cadre.fullName, excerpt: [cadre.positionTitle ?? cadre.positionLabel, cadre.unit, cadre.district].filter(Boolean).join(', '), kind: 'Cán bộ' },
    })),
    ...data.awards.map((award) => ({
      url: award.url,
      content: foldVietnamese(`${award.title}\n${award.description}`),
      meta: { title: award.title, excerpt: award.description.slice(0, 240), kind: 'Khen thưởng' },
    })),
  ];
  for (const record of records) {
    const { errors: recordErrors } = await index.addCustomRecord({ ...record, language: 'vi' });
    if (recordErrors.length > 0) throw new Error(`pagefind ${record.url}: ${recordErrors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return records.length;
}
