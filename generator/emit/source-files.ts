import { Project, type SourceFile } from 'ts-morph';

/** The ts-morph project that code emitters write into; each file's text is read at the end. */
export class SourceFiles {
  private readonly project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  private readonly files = new Map<string, SourceFile>();

  create(path: string): SourceFile {
    if (this.files.has(path)) throw new Error(`generated file ${path} is written twice`);
    const file = this.project.createSourceFile(`/${path}`, '');
    this.files.set(path, file);
    return file;
  }

  texts(): Map<string, string> {
    return new Map([...this.files].map(([path, file]) => [path, file.getFullText()]));
  }
}
