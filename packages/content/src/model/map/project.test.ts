import { describe, expect, it } from 'vitest';
import { projectOrder } from './project.js';
import type { Project } from '../types.js';

describe('projectOrder', () => {
  it('orders projects by code as numbers, not as text', () => {
    const projects = ['10', '2', '939', '1a'].map((code) => ({ code }) as Project);
    expect(projects.sort(projectOrder).map((project) => project.code)).toEqual(['1a', '2', '10', '939']);
  });
});
