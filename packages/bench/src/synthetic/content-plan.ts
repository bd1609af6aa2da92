/**
 * How many of each type a portal with N published articles has. The ratios
 * follow the demo content and the Union's publishing habits: a few dozen
 * categories at most, a video for every twenty articles, a course for every
 * twenty-five, a cadre profile for every ten, an award for every hundred, and
 * one draft for every twenty published articles. Images are a small pool
 * reused as covers, figures and photos (uploads are not what is measured).
 */
export interface ContentPlan {
  articles: number;
  draftArticles: number;
  categories: number;
  tags: number;
  projects: number;
  videos: number;
  draftVideos: number;
  trainingCourses: number;
  cadres: number;
  awards: number;
  images: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function planContent(articles: number): ContentPlan {
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`articles must be a positive integer, got ${articles}`);
  const videos = Math.max(2, Math.round(articles / 20));
  return {
    articles,
    draftArticles: Math.max(1, Math.round(articles * 0.05)),
    categories: clamp(Math.round(articles / 500), 4, 20),
    tags: clamp(Math.round(articles / 50), 3, 200),
    projects: clamp(Math.round(articles / 500), 2, 30),
    videos,
    draftVideos: Math.max(1, Math.round(videos * 0.05)),
    trainingCourses: Math.max(2, Math.round(articles / 25)),
    cadres: Math.max(8, Math.round(articles / 10)),
    awards: Math.max(1, Math.round(articles / 100)),
    images: 8,
  };
}
