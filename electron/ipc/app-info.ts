import type { AppInfo } from '../../shared/ipc/contract';
import { appName, appVersion } from '../../shared/version';

export interface SystemInfo {
  platform: NodeJS.Platform;
  /** os.release() */
  release: string;
  arch: string;
}

const osNames: Partial<Record<NodeJS.Platform, string>> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' };

export function appInfo(system: SystemInfo, userDataFolder: string): AppInfo {
  const osName = osNames[system.platform] ?? system.platform;
  return {
    name: appName,
    version: appVersion,
    platform: 'electron',
    os: `${osName} ${system.release} (${system.arch})`,
    userDataFolder,
  };
}
