const STAGE_START = /^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$/i;
const COPIED_FROM = /^COPY\s+(?:--\S+\s+)*?--from=(\S+)/i;

interface Stage {
  name: string;
  lines: string[];
  needs: string[];
}

/**
 * The text of the stages of a multi-stage Dockerfile that `docker build --target <target>` builds:
 * that stage and every stage it starts FROM or copies from, in the file's order. Without a target,
 * the last stage, as docker builds. Throws for a target no stage is named, as docker refuses it.
 */
export function dockerfileTarget(dockerfile: string, target?: string): string {
  const stages: Stage[] = [];
  for (const line of dockerfile.split('\n')) {
    const start = STAGE_START.exec(line.trim());
    if (start) stages.push({ name: start[2] ?? String(stages.length), lines: [], needs: [start[1]!] });
    const stage = stages.at(-1);
    if (!stage) continue;
    stage.lines.push(line);
    const copied = COPIED_FROM.exec(line.trim());
    if (copied) stage.needs.push(copied[1]!);
  }
  const wanted = target ?? stages.at(-1)?.name;
  if (wanted === undefined || !stages.some((stage) => stage.name === wanted)) throw new Error(`the Dockerfile has no stage named ${wanted}`);
  const built = new Set<string>();
  const visit = (name: string) => {
    const stage = stages.find((candidate) => candidate.name === name);
    if (!stage || built.has(name)) return;
    built.add(name);
    stage.needs.forEach(visit);
  };
  visit(wanted);
  return stages
    .filter((stage) => built.has(stage.name))
    .flatMap((stage) => stage.lines)
    .join('\n');
}
