/**
 * The script project a host runs in the emulator: its name and id. A module of its own, importing
 * nothing, so that services can read it without importing world.ts (which imports them).
 */

/** What a host says about the script project it runs. */
export interface ProjectInfo {
  /** The project's (or published add-on's) name: Sheets titles an add-on's menu with it. */
  name: string;
  /** `ScriptApp.getScriptId()` (a real one is 57 characters of base64url). */
  scriptId: string;
}

export const DEFAULT_PROJECT: ProjectInfo = {
  name: 'Untitled project',
  scriptId: '1EmulatedScriptIdXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
};

/** The world's project, with the defaults for what the host did not say. */
export function projectInfo(world: { project?: Partial<ProjectInfo> }): ProjectInfo {
  return { ...DEFAULT_PROJECT, ...world.project };
}
