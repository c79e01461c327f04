/** Assertions shared by the report tests. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { expect } from 'vitest';
import { inkFraction, pngSize, screenshot } from './chromium.js';

export function headings(html: string): string[] {
  return [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((match) => match[1]);
}

/** Nothing that a browser would fetch: no http(s) URLs in attributes, no scripts. */
export function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/(src|href)="https?:/i);
  expect(html).toContain("default-src 'none'");
}


/** Opens the report in headless Chromium (one screenshot: Chromium takes seconds to start here). */
export function expectRenders(htmlFile: string, pngFile: string): void {
  const shot = screenshot(htmlFile, pngFile);
  expect(shot.status, shot.log).toBe(0);
  // Console messages, CSP refusals and failed loads are logged with --enable-logging.
  expect(shot.log).not.toMatch(/CONSOLE|Refused to|ERR_|Uncaught/);
  expect(existsSync(pngFile)).toBe(true);
  const image = readFileSync(pngFile);
  expect(pngSize(image)).toEqual({ width: 1200, height: 2000 });
  expect(statSync(pngFile).size).toBeGreaterThan(30_000);
  // A blank or error page is almost all white; plots and a table are not.
  expect(inkFraction(image, 1200, 2000)).toBeGreaterThan(0.01);
}
