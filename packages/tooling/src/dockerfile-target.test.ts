import { describe, expect, it } from 'vitest';
import { dockerfileTarget } from './dockerfile-target.js';

const DOCKERFILE = [
  '# A comment before any stage.',
  'FROM node:20 AS base',
  'RUN corepack enable',
  'FROM base AS one-build',
  'RUN echo one',
  'FROM base AS two-build',
  'RUN echo two',
  'FROM node:20 AS one',
  'COPY --from=one-build /app /app',
  'FROM node:20 AS two',
  'COPY --chown=node:node --from=two-build /app /app',
].join('\n');

describe('dockerfileTarget', () => {
  it('is the target and the stages it starts from or copies from, in the order of the file', () => {
    expect(dockerfileTarget(DOCKERFILE, 'one')).toBe(
      ['FROM node:20 AS base', 'RUN corepack enable', 'FROM base AS one-build', 'RUN echo one', 'FROM node:20 AS one', 'COPY --from=one-build /app /app'].join(
        '\n',
      ),
    );
    expect(dockerfileTarget(DOCKERFILE, 'two')).not.toContain('echo one');
    expect(dockerfileTarget(DOCKERFILE, 'two')).toContain('echo two');
  });

  it('is the last stage and what it needs without a target', () => {
    expect(dockerfileTarget(DOCKERFILE)).toBe(dockerfileTarget(DOCKERFILE, 'two'));
    expect(dockerfileTarget('FROM node:20\nRUN echo only')).toBe('FROM node:20\nRUN echo only');
  });

  it('refuses a target no stage is named, as docker build does', () => {
    expect(() => dockerfileTarget(DOCKERFILE, 'three')).toThrow('no stage named three');
    expect(() => dockerfileTarget('')).toThrow();
  });
});
