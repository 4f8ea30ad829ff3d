/** File names for CI consumers: relative to the working directory, forward slashes. */
import path from 'node:path';

const URL_SCHEME = /^[a-z][a-z\d+.-]+:\/\//i;

/** A remote contract is reported by its URL; a local path is not (a drive letter is no scheme). */
export function isRemote(file: string): boolean {
  return URL_SCHEME.test(file);
}

/**
 * The file relative to `cwd` as `/`-separated segments, or undefined when it is remote or outside
 * `cwd` (CI tools resolve paths against the checkout, so `../x` would point nowhere useful).
 */
export function relativeSegments(file: string, cwd: string): string[] | undefined {
  if (isRemote(file)) return undefined;
  const relative = path.relative(path.resolve(cwd), path.resolve(cwd, file));
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return undefined;
  }
  return relative.split(path.sep);
}

/** For annotations: `dir/file.yaml` when inside `cwd`, otherwise the file as reported. */
export function repoRelativePath(file: string, cwd: string): string {
  return relativeSegments(file, cwd)?.join('/') ?? file;
}
