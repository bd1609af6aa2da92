import type { TrainingCourse } from '@hoilhpn/content';

export interface Figure {
  label: string;
  classes: number;
  participants: number;
}

function sum(courses: readonly TrainingCourse[], key: (course: TrainingCourse) => string): Figure[] {
  const totals = new Map<string, Figure>();
  for (const course of courses) {
    const label = key(course);
    const figure = totals.get(label) ?? { label, classes: 0, participants: 0 };
    figure.classes += course.classCount;
    figure.participants += course.participantCount;
    totals.set(label, figure);
  }
  return [...totals.values()];
}

/** Classes and participants per year, oldest first. */
export const figuresByYear = (courses: readonly TrainingCourse[]) =>
  sum(courses, (course) => String(course.year)).sort((a, b) => a.label.localeCompare(b.label));

/** Classes and participants per level (tỉnh, huyện, xã). */
export const figuresByLevel = (courses: readonly TrainingCourse[]) => sum(courses, (course) => course.levelLabel);
