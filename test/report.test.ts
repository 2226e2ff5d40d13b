import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { Ajv } from 'ajv';
import { escapeData, escapeProperty, reportGithub, ANNOTATIONS_PER_LEVEL } from '../src/report/github.js';
import { reportSarif, artifactUri, SARIF_SCHEMA } from '../src/report/sarif.js';
import { reportJson } from '../src/report/json.js';
import { reportStylish, stripControl } from '../src/report/stylish.js';
import { reporters, defaultReporter } from '../src/report/index.js';
import { ruleIds, rules } from '../src/check/registry.js';

const ESC = '\u001b';
const meta = ruleIds.map((id) => ({ id, severity: rules[id].severity, doc: rules[id].doc }));

/** A file with messages: [ruleId, reason, line, column, fatal]. */
function fileWith(path: string, value: string, messages: Array<[string, string, number, number, boolean]>): VFile {
  const file = new VFile({ path, value });
  for (const [ruleId, reason, line, column, fatal] of messages) file.message(reason, { place: { line, column }, ruleId, source: 'pr2meta' }).fatal = fatal;
  return file;
}

describe('github reporter', () => {
  it('escapes data as @actions/core does: %, CR, LF', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext');
    expect(escapeData('a: b, c')).toBe('a: b, c');
  });
  it('escapes properties also for : and ,', () => {
    expect(escapeProperty('dir,1/a:b%\n.md')).toBe('dir%2C1/a%3Ab%25%0A.md');
  });
  it('writes one command per finding with file, line, col and title', () => {
    const file = fileWith('in,dir/a:b.md', '', [
      ['doi-malformed', 'Malformed DOI "10.1/x": 50% wrong\nsecond line', 3, 7, true],
      ['end-mark-missing', 'Missing end mark', 9, 1, false],
    ]);
    expect(reportGithub([file])).toBe(
      '::error file=in%2Cdir/a%3Ab.md,line=3,col=7,title=pr2meta doi-malformed::Malformed DOI "10.1/x": 50%25 wrong%0Asecond line\n' +
        '::warning file=in%2Cdir/a%3Ab.md,line=9,col=1,title=pr2meta end-mark-missing::Missing end mark\n',
    );
  });
  it('a release cannot inject a workflow command or terminal escapes (CR is a control character and is stripped)', () => {
    const evil = `x\n::set-env name=PATH::/tmp\r::add-mask::y ${ESC}]0;pwned\u0007${ESC}[31mred${ESC}[0m`;
    const out = reportGithub([fileWith('r.md', '', [['contact-email-malformed', `Malformed email "${evil}"`, 1, 1, true]])]);
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(out).toBe('::error file=r.md,line=1,col=1,title=pr2meta contact-email-malformed::Malformed email "x%0A::set-env name=PATH::/tmp::add-mask::y red"\n');
    expect(out).not.toContain(ESC);
  });
  it(`caps annotations at ${ANNOTATIONS_PER_LEVEL} per level and counts the rest on a closing line`, () => {
    const many: Array<[string, string, number, number, boolean]> = [];
    for (let i = 1; i <= 13; i++) many.push(['doi-malformed', `error ${i}`, i, 1, true]);
    for (let i = 1; i <= 12; i++) many.push(['end-mark-missing', `warning ${i}`, 100 + i, 1, false]);
    const lines = reportGithub([fileWith('r.md', '', many)]).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('pr2meta: r.md:'))).toEqual([
      'pr2meta: r.md:11:1: error: error 11 [doi-malformed]',
      'pr2meta: r.md:12:1: error: error 12 [doi-malformed]',
      'pr2meta: r.md:13:1: error: error 13 [doi-malformed]',
      'pr2meta: r.md:111:1: warning: warning 11 [end-mark-missing]',
      'pr2meta: r.md:112:1: warning: warning 12 [end-mark-missing]',
    ]);
    expect(lines.at(-1)).toBe('pr2meta check: 3 more errors and 2 more warnings not shown as annotations (GitHub shows 10 per level per step); run with --reporter stylish to see them all');
  });
  it('prints nothing for clean files, and errors only with quiet', () => {
    expect(reportGithub([new VFile({ path: 'a.md' })])).toBe('');
    const file = fileWith('a.md', '', [['x', 'e', 1, 1, true], ['y', 'w', 2, 1, false]]);
    expect(reportGithub([file], { quiet: true })).toBe('::error file=a.md,line=1,col=1,title=pr2meta x::e\n');
  });
});

describe('sarif reporter', () => {
  const value = 'Line one\nThe doi 10.12/x is here.\n';
  const files = [
    fileWith('releases/my release.md', value, [['doi-malformed', 'Malformed DOI "10.12/x"', 2, 9, true], ['end-mark-missing', 'Missing end mark', 2, 25, false]]),
    fileWith('/abs/path/b.md', 'x', [['read', 'Cannot read', 1, 1, true]]),
  ];
  const log = JSON.parse(reportSarif(files, { rules: meta, version: '0.1.0' }));

  it('has every required field of SARIF 2.1.0', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'pr2meta', version: '0.1.0', informationUri: expect.stringMatching(/^https:\/\//) });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...ruleIds, 'read']);
    for (const r of driver.rules) {
      expect(r.shortDescription.text).toMatch(/\S/);
      expect(['warning', 'error']).toContain(r.defaultConfiguration.level);
    }
    expect(driver.rules[0]).toEqual({ id: 'doi-missing', name: 'DoiMissing', shortDescription: { text: rules['doi-missing'].doc }, defaultConfiguration: { level: 'warning' } });
    const [first, second, third] = log.runs[0].results;
    expect(first).toEqual({
      ruleId: 'doi-malformed',
      ruleIndex: ruleIds.indexOf('doi-malformed'),
      level: 'error',
      message: { text: 'Malformed DOI "10.12/x"' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'releases/my%20release.md' }, region: { startLine: 2, startColumn: 9 } } }],
      partialFingerprints: { primaryLocationLineHash: expect.stringMatching(/^[0-9a-f]{32}:1$/) },
    });
    expect(second.level).toBe('warning');
    expect(driver.rules[second.ruleIndex].id).toBe('end-mark-missing');
    expect(third.locations[0].physicalLocation.artifactLocation.uri).toBe('file:///abs/path/b.md');
    expect(driver.rules[third.ruleIndex].id).toBe('read');
  });

  it('validates against the SARIF 2.1.0 shape GitHub code scanning reads', () => {
    const location = { type: 'object', required: ['physicalLocation'], properties: { physicalLocation: { type: 'object', required: ['artifactLocation', 'region'], properties: { artifactLocation: { type: 'object', required: ['uri'], properties: { uri: { type: 'string', minLength: 1 } } }, region: { type: 'object', required: ['startLine', 'startColumn'], properties: { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 } } } } } } };
    const schema = {
      type: 'object',
      required: ['$schema', 'version', 'runs'],
      properties: {
        version: { const: '2.1.0' },
        runs: { type: 'array', minItems: 1, items: { type: 'object', required: ['tool', 'results'], properties: {
          tool: { type: 'object', required: ['driver'], properties: { driver: { type: 'object', required: ['name', 'version', 'informationUri', 'rules'], properties: { rules: { type: 'array', items: { type: 'object', required: ['id', 'shortDescription', 'defaultConfiguration'], properties: { id: { type: 'string' }, shortDescription: { type: 'object', required: ['text'] }, defaultConfiguration: { type: 'object', required: ['level'], properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } } } } } } } } },
          results: { type: 'array', items: { type: 'object', required: ['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'partialFingerprints'], properties: { level: { enum: ['none', 'note', 'warning', 'error'] }, ruleIndex: { type: 'integer', minimum: 0 }, message: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } }, locations: { type: 'array', minItems: 1, items: location }, partialFingerprints: { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } } } } },
        } } },
      },
    };
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('fingerprints stay when the line moves, and differ for two findings on one line text', () => {
    const moved = fileWith('releases/my release.md', 'Inserted\n' + value, [['doi-malformed', 'Malformed DOI "10.12/x"', 3, 9, true]]);
    const again = JSON.parse(reportSarif([moved], { rules: meta }));
    expect(again.runs[0].results[0].partialFingerprints).toEqual(log.runs[0].results[0].partialFingerprints);
    const twice = fileWith('a.md', 'same\nsame\n', [['x', 'm', 1, 1, true], ['x', 'm', 2, 1, true]]);
    const [a, b] = JSON.parse(reportSarif([twice])).runs[0].results;
    expect(a.partialFingerprints.primaryLocationLineHash).not.toBe(b.partialFingerprints.primaryLocationLineHash);
  });

  it('writes artifact URIs as relative references or file URLs', () => {
    expect(artifactUri('a b/c#d.md')).toBe('a%20b/c%23d.md');
    expect(artifactUri('/x/y z.md')).toBe('file:///x/y%20z.md');
  });
});

describe('json reporter', () => {
  it('writes the ESLint shape', () => {
    const out = JSON.parse(reportJson([fileWith('a.md', '', [['doi-missing', 'Missing DOI', 3, 4, false], ['doi-malformed', 'Bad', 5, 6, true]]), new VFile({ path: 'b.md' })]));
    expect(out).toEqual([
      { filePath: 'a.md', messages: [{ ruleId: 'doi-missing', severity: 1, message: 'Missing DOI', line: 3, column: 4 }, { ruleId: 'doi-malformed', severity: 2, message: 'Bad', line: 5, column: 6 }], errorCount: 1, warningCount: 1 },
      { filePath: 'b.md', messages: [], errorCount: 0, warningCount: 0 },
    ]);
  });
});

describe('stylish reporter and terminal safety', () => {
  const evil = `a${ESC}[2J${ESC}]0;owned title\u0007b${ESC}[31mred${ESC}[0m\u009b31mc\u202edcba\u0000\u0008`;
  it('strips escape sequences, C0/C1 controls and bidi overrides, keeps tab and newline', () => {
    expect(stripControl(evil)).toBe('abredcdcba');
    expect(stripControl('tab\there\nnext ünïcødé “quotes”')).toBe('tab\there\nnext ünïcødé “quotes”');
  });
  it('release text cannot recolour or retitle the terminal, and the input file is left alone', () => {
    const file = fileWith(`evil${ESC}[31m.md`, '', [['quote-unbalanced', `Unclosed quotation mark before "${evil}"`, 1, 2, false]]);
    const out = reportStylish([file]);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out).toContain('evil.md');
    expect(out).toContain('Unclosed quotation mark before "abredcdcba"');
    expect(file.messages[0]!.reason).toContain(ESC); // the report is sanitised, the data is not
  });
  it('colours only when asked, and the colour is ours alone', () => {
    const file = fileWith('a.md', '', [['x', `m${ESC}[5m`, 1, 1, true]]);
    const coloured = reportStylish([file], { color: true });
    expect(coloured).toMatch(/\u001b\[31m/);
    expect(coloured).not.toContain(`${ESC}[5m`);
    expect(reportStylish([file])).not.toContain(ESC);
  });
  it('is quiet about clean files; --quiet shows errors only', () => {
    expect(reportStylish([new VFile({ path: 'a.md' })])).toBe('');
    const file = fileWith('a.md', '', [['x', 'the error', 1, 1, true], ['y', 'the warning', 2, 1, false]]);
    const quiet = reportStylish([file], { quiet: true });
    expect(quiet).toContain('the error');
    expect(quiet).not.toContain('the warning');
  });
  it('hostile control runs are stripped in linear time', () => {
    const big = `${ESC}[`.repeat(200_000) + `${ESC}]`.repeat(200_000) + '\u009b'.repeat(200_000);
    const t = performance.now();
    stripControl(big);
    expect(performance.now() - t).toBeLessThan(4000);
  });
});

describe('the reporter registry', () => {
  it('names every reporter and picks github on GitHub Actions, else stylish', () => {
    expect(Object.keys(reporters)).toEqual(['stylish', 'json', 'github', 'sarif']);
    expect(defaultReporter({ GITHUB_ACTIONS: 'true' })).toBe('github');
    expect(defaultReporter({})).toBe('stylish');
    expect(defaultReporter({ GITHUB_ACTIONS: 'false' })).toBe('stylish');
  });
});
