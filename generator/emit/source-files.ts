import { Project, type SourceFile } from 'ts-morph';
import type { Spec, SpecModule } from '../ir.js';
import { Imports } from './imports.js';

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

  /**
   * Runs `emit` for every spec module that declares something, each in its own file
   * (`fileOf`), then adds the imports it collected and lists the file in `index`.
   */
  perModule(
    spec: Spec,
    target: { fileOf: (module: string) => string; index: string; typeOnly: boolean },
    emit: (module: SpecModule, source: SourceFile, imports: Imports) => void,
  ): void {
    const index = this.create(target.index);
    for (const module of spec.modules) {
      if (module.models.length === 0 && !module.resource) continue;
      const file = target.fileOf(module.name);
      const source = this.create(file);
      const imports = new Imports(file);
      emit(module, source, imports);
      source.insertImportDeclarations(0, imports.structures());
      index.addExportDeclaration({ isTypeOnly: target.typeOnly, moduleSpecifier: `./${module.name}.js` });
    }
  }

  /** A file created earlier, to add to it. */
  get(path: string): SourceFile {
    const file = this.files.get(path);
    if (!file) throw new Error(`generated file ${path} does not exist yet`);
    return file;
  }

  texts(): Map<string, string> {
    return new Map([...this.files].map(([path, file]) => [path, file.getFullText()]));
  }
}
