/**
 * The few promise-returning file functions the CLI uses, made from `node:fs`'s callback API.
 * Importing `node:fs/promises` loads file handles, streams and readline on first use, a cost of
 * every single-file run; `node:fs` is loaded with Node itself.
 * @packageDocumentation
 */
import { link as linkCb, lstat as lstatCb, mkdir as mkdirCb, readFile as readFileCb, realpath as realpathCb, rename as renameCb, stat as statCb, unlink as unlinkCb, writeFile as writeFileCb } from 'node:fs';
import { promisify } from 'node:util';

/** `fs.promises.link`. */
export const link = promisify(linkCb);
/** `fs.promises.lstat`. */
export const lstat = promisify(lstatCb);
/** `fs.promises.mkdir`. */
export const mkdir = promisify(mkdirCb);
/** `fs.promises.readFile`. */
export const readFile = promisify(readFileCb);
/** `fs.promises.realpath`, which (unlike the callback `fs.realpath`) asks the system: `realpath.native`. */
export const realpath = promisify(realpathCb.native);
/** `fs.promises.rename`. */
export const rename = promisify(renameCb);
/** `fs.promises.stat`. */
export const stat = promisify(statCb);
/** `fs.promises.unlink`. */
export const unlink = promisify(unlinkCb);
/** `fs.promises.writeFile`. */
export const writeFile = promisify(writeFileCb);
