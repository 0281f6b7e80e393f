/**
 * The names of the IPC channels, without their schemas, so the preload can build `window.argmap`
 * without bundling zod. `contract.ts` gives each its argument schema and result type;
 * a type test there keeps both lists in step.
 */
export const INVOKE_CHANNELS = [
  'document:initial',
  'file:new',
  'file:open',
  'file:save',
  'file:saveAs',
  'file:listBackups',
  'file:revertToBackup',
  'export:preview',
  'export:copy',
  'export:save',
  'export:handout',
  'export:cancel',
  'file:import',
  'export:textPreview',
  'export:saveText',
  'journal:write',
  'window:setDirty',
  'window:close',
  'window:setFullScreen',
  'window:setInterfaceSize',
  'dialog:confirmClose',
  'present:openPresenter',
  'present:initial',
  'present:sync',
  'present:end',
  'compare:chooseMap',
  'import:article',
  'import:cancel',
  'import:replacement',
  'import:paste',
] as const;

export const EVENT_CHANNELS = [
  'action:run',
  'document:open',
  'window:closeRequested',
  'app:notice',
  'present:state',
  'present:ended',
  'export:progress',
  'import:progress',
] as const;

/** Used by the preload alone: the page never sees a dropped file's path. */
export const DROP_CHANNEL = 'file:openDropped';

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];
