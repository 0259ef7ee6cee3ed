import browser from 'webextension-polyfill';
import type { Block, Finding } from '../engine/types';
import type { EngineScanReply } from '../shared/engine-messages';

// The content script's side of the engine: page text to our background, findings back. Only text and kind
// travel: the reader's blocks also hold their DOM text nodes, which must not be serialised.
const plain = (blocks: readonly Block[]): Block[] => blocks.map((b) => (b.kind ? { text: b.text, kind: b.kind } : { text: b.text }));

export async function scanRemote(blocks: readonly Block[], languages?: readonly string[]): Promise<EngineScanReply> {
  const reply = (await browser.runtime.sendMessage({ type: 'engineScan', blocks: plain(blocks), ...(languages ? { languages } : {}) })) as EngineScanReply | undefined;
  if (!reply || !Array.isArray(reply.all)) throw new Error('ExoCheck: the background did not answer the scan');
  return reply;
}

export async function languagesRemote(blocks: readonly Block[]): Promise<string[]> {
  const reply = (await browser.runtime.sendMessage({ type: 'engineLanguages', blocks: plain(blocks) })) as string[] | undefined;
  return Array.isArray(reply) ? reply : ['en'];
}

export type { Finding };
