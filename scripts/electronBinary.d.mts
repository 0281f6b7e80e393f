/** The executable's path inside an Electron folder: path.txt's when there is one, else the platform's. */
export function electronBinaryName(platform: string, pathTxt: string | undefined): string;
