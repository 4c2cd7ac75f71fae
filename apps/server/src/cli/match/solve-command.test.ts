import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csv, runCase, solveCase, writeCase } from './test-helpers.ts';

const C = 'program_id,capacity\n';
const S = 'student_id,program_id,rank\n';
const P = 'program_id,student_id,rank\n';

describe('match solve: valid input', () => {
  it('writes the student-optimal matching, sorted, with empty program_id for the unmatched', async () => {
    // A (1 seat) prefers s2 > s1 > s0 > s3; B (2 seats) prefers s0 > s1 > s2 (the engine's worked example).
    const result = await solveCase({
      C: `${C}A,1\nB,2\n`,
      S: `${S}s0,A,1\ns0,B,2\ns1,A,1\ns1,B,2\ns2,B,1\ns2,A,2\ns3,A,1\n`,
      P: `${P}A,s2,1\nA,s1,2\nA,s0,3\nA,s3,4\nB,s0,1\nB,s1,2\nB,s2,3\n`,
    });
    expect(result.stderr).toContain('matched         3 (75.0 %)');
    expect(result).toMatchObject({ status: 0, leftovers: [] });
    expect(result.output).toBe('student_id,program_id\ns0,B\ns1,A\ns2,B\ns3,\n');
    expect(result.stderr).toMatch(/unmatched +1\n/);
    expect(result.stderr).toMatch(/first choice +2 \(66\.7 % of matched\)/);
    expect(result.stderr).toMatch(/unfilled seats +0 in 0 programs/);
  });

  it('reads a BOM, CRLF line ends, reordered and extra columns, and quoted fields', async () => {
    const bom = '\uFEFF';
    const result = await solveCase({
      C: `${bom}capacity,note,program_id\r\n1,"a, b",Lab\r\n2,"x",Other\r\n`,
      S: `${bom}rank,student_id,program_id\r\n1,"Smith, ""J"" \r\nJr",Lab\r\n1,plain,Lab\r\n2,plain,Other\r\n`,
      P: `${bom}student_id,rank,program_id\r\nplain,2,Lab\r\n"Smith, ""J"" \r\nJr",1,Lab\r\nplain,1,Other\r\n`,
    });
    expect(result.status).toBe(0);
    expect(result.output).toBe('student_id,program_id\n"Smith, ""J"" \r\nJr",Lab\nplain,Other\n');
  });

  it('sorts by Unicode code point (UTF-8 bytes), not by UTF-16 units, and keeps ids byte-exact', async () => {
    // U+FF21 (EF BC A1) sorts before U+1F600 (F0 9F 98 80) by code point; JS string order says otherwise.
    const ids = ['😀', 'Ａ', 'я', 'Я', 'z', 'Z', 'Иванов И.И.', 'Иванов И.И. ', '𝔸 math', 'a'];
    const expected = [...ids].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(expected.indexOf('Ａ')).toBeLessThan(expected.indexOf('😀'));
    expect([...ids].sort().indexOf('Ａ')).toBeGreaterThan([...ids].sort().indexOf('😀'));
    const result = await solveCase({
      C: `${C}Лаборатория 🧪,${ids.length}\n`,
      S: S + ids.map((id) => `${id},Лаборатория 🧪,1\n`).join(''),
      P: P + ids.map((id, k) => `Лаборатория 🧪,${id},${k + 1}\n`).join(''),
    });
    expect(result.status).toBe(0);
    expect(result.output).toBe(
      `student_id,program_id\n${expected.map((id) => `${id},Лаборатория 🧪\n`).join('')}`,
    );
  });

  it('accepts rank gaps, rows in any order, capacity 0, and P.csv rows naming unknown ids', async () => {
    const result = await solveCase({
      C: `${C}Full,0\nOpen,1\n`,
      S: `${S}b,Open,70\na,Full,5\na,Open,900\nb,Full,3\n`,
      P: `${P}Open,ghost,1\nGone,a,1\nOpen,b,20\nOpen,a,10\nFull,a,1\nFull,b,2\n`,
    });
    expect(result.status).toBe(0);
    // Full has no seat; Open prefers a (10) over b (20), and the unknown "ghost" never matches.
    expect(result.output).toBe('student_id,program_id\na,Open\nb,\n');
    expect(result.stderr).toMatch(/unfilled seats +0 in 0 programs/);
  });

  it('matches nobody a program does not rank, and writes every student of S.csv', async () => {
    const result = await solveCase({
      C: `${C}A,5\n`,
      S: `${S}x,A,1\ny,A,1\n`,
      P: `${P}A,y,1\n`,
    });
    expect(result.output).toBe('student_id,program_id\nx,\ny,A\n');
    expect(result.stderr).toMatch(/unfilled seats +4 in 1 programs/);
  });

  it('handles files with a header only, and no final line break', async () => {
    expect((await solveCase({ C, S, P })).output).toBe('student_id,program_id\n');
    const result = await solveCase({ C: `${C}A,1`, S: `${S}x,A,1`, P: `${P}A,x,1` });
    expect(result.output).toBe('student_id,program_id\nx,A\n');
  });

  it('replaces an existing output file only on success', async () => {
    const c = writeCase({ C: `${C}A,1\n`, S: `${S}x,A,1\n`, P: `${P}A,x,1\n` });
    writeFileSync(c.out, 'old');
    expect((await runCase(c)).status).toBe(0);
    expect(readFileSync(c.out, 'utf8')).toBe('student_id,program_id\nx,A\n');
    writeFileSync(c.students, `${S}x,A,0\n`);
    writeFileSync(c.out, 'old');
    const failed = await runCase(c);
    expect(failed.status).toBe(1);
    expect(readFileSync(c.out, 'utf8')).toBe('old');
    expect(failed.leftovers).toEqual([]);
  });

  it('round-trips ids that need quoting in the output', async () => {
    const ids = ['a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf'];
    const result = await solveCase({
      C: csv([
        ['program_id', 'capacity'],
        ['P, "one"', 4],
      ]),
      S: csv([['student_id', 'program_id', 'rank'], ...ids.map((id) => [id, 'P, "one"', 1])]),
      P: csv([['program_id', 'student_id', 'rank'], ...ids.map((id, k) => ['P, "one"', id, k + 1])]),
    });
    const sorted = [...ids].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(result.output).toBe(csv([['student_id', 'program_id'], ...sorted.map((id) => [id, 'P, "one"'])]));
  });
});

/** Each bad input: the files, and the `file:line: message` expected on stderr. */
const bad: [string, { C: string | Uint8Array; S: string | Uint8Array; P: string | Uint8Array }, RegExp][] = [
  [
    'a missing column in C.csv',
    { C: 'program_id,seats\nA,1\n', S, P },
    /C\.csv:1: missing column "capacity"/,
  ],
  ['a missing column in S.csv', { C, S: 'student_id,program_id\n', P }, /S\.csv:1: missing column "rank"/],
  [
    'a missing column in P.csv',
    { C, S, P: 'program,student_id,rank\n' },
    /P\.csv:1: missing column "program_id"/,
  ],
  [
    'a column named twice',
    { C: 'program_id,capacity,capacity\n', S, P },
    /C\.csv:1: column "capacity" appears twice/,
  ],
  ['an empty C.csv', { C: '', S, P }, /C\.csv:1: the file is empty/],
  [
    'a non-integer rank',
    { C: `${C}A,1\n`, S: `${S}x,A,1\ny,A,1.5\n`, P },
    /S\.csv:3: rank "1\.5" is not a positive integer/,
  ],
  [
    'a rank with spaces',
    { C: `${C}A,1\n`, S: `${S}x,A, 2\n`, P },
    /S\.csv:2: rank " 2" is not a positive integer/,
  ],
  ['an empty rank', { C: `${C}A,1\n`, S: `${S}x,A,\n`, P }, /S\.csv:2: rank is empty/],
  ['rank 0', { C: `${C}A,1\n`, S, P: `${P}A,x,0\n` }, /P\.csv:2: rank "0" is not positive/],
  ['a negative rank', { C: `${C}A,1\n`, S: `${S}x,A,-1\n`, P }, /S\.csv:2: rank "-1" is not positive/],
  [
    'a rank too large',
    { C: `${C}A,1\n`, S: `${S}x,A,4294967296\n`, P },
    /S\.csv:2: rank "4294967296" is larger/,
  ],
  [
    'a duplicate rank in a student list',
    { C: `${C}A,1\nB,1\n`, S: `${S}x,A,1\ny,A,1\nx,B,1\n`, P },
    /S\.csv:4: student "x" uses rank 1 twice \(also on line 2\)/,
  ],
  [
    'a duplicate rank in a program list',
    { C: `${C}A,1\n`, S: `${S}x,A,1\ny,A,1\n`, P: `${P}A,x,2\nA,y,2\n` },
    /P\.csv:3: program "A" uses rank 2 twice \(also on line 2\)/,
  ],
  [
    'an unknown program in S.csv',
    { C: `${C}A,1\n`, S: `${S}x,A,1\nx,Б,2\n`, P },
    /S\.csv:3: program_id "Б" is not in .*C\.csv/,
  ],
  ['a negative capacity', { C: `${C}A,1\nB,-2\n`, S, P }, /C\.csv:3: capacity "-2" is negative/],
  [
    'a non-integer capacity',
    { C: `${C}A,2.5\n`, S, P },
    /C\.csv:2: capacity "2\.5" is not a non-negative integer/,
  ],
  ['an empty capacity', { C: `${C}A,\n`, S, P }, /C\.csv:2: capacity is empty/],
  [
    'a program listed twice in C.csv',
    { C: `${C}A,1\nB,1\nA,2\n`, S, P },
    /C\.csv:4: program "A" is listed twice \(also on line 2\)/,
  ],
  [
    'a duplicate pair in S.csv',
    { C: `${C}A,1\n`, S: `${S}x,A,1\ny,A,1\nx,A,2\n`, P },
    /S\.csv:4: student "x" lists program "A" twice \(also on line 2\)/,
  ],
  [
    'a duplicate pair in P.csv',
    { C: `${C}A,1\n`, S: `${S}x,A,1\n`, P: `${P}A,x,1\nA,x,2\n` },
    /P\.csv:3: program "A" lists student "x" twice \(also on line 2\)/,
  ],
  [
    'a duplicate pair for an unknown student in P.csv',
    { C: `${C}A,1\n`, S, P: `${P}A,ghost,1\nA,ghost,2\n` },
    /P\.csv:3: program "A" lists student "ghost" twice/,
  ],
  ['a missing field', { C: `${C}A,1\n`, S: `${S}x,A\n`, P }, /S\.csv:2: expected 3 fields, found 2/],
  ['an extra field', { C: `${C}A,1,9\n`, S, P }, /C\.csv:2: expected 2 fields, found 3/],
  ['an empty student id', { C: `${C}A,1\n`, S: `${S},A,1\n`, P }, /S\.csv:2: student_id is empty/],
  ['an empty program id', { C: `${C}A,1\n,2\n`, S, P }, /C\.csv:3: program_id is empty/],
  [
    'an unclosed quote',
    { C: `${C}A,1\n`, S: `${S}x,A,1\n"y,A,1\n`, P },
    /S\.csv:3: a quoted field is not closed/,
  ],
  [
    'a quote inside a field',
    { C: `${C}A,1\n`, S: `${S}x"y,A,1\n`, P },
    /S\.csv:2: a quote inside an unquoted field/,
  ],
  ['text after a closing quote', { C: `${C}"A"x,1\n`, S, P }, /C\.csv:2: a closing quote must be followed/],
  ['a bare CR', { C: `${C}A,1\rB,2\n`, S, P }, /C\.csv:2: a carriage return/],
  [
    'invalid UTF-8 in an id',
    {
      C: `${C}A,1\n`,
      S: Buffer.concat([Buffer.from(`${S}x`), Buffer.from([0xc3, 0x28]), Buffer.from(',A,1\n')]),
      P,
    },
    /S\.csv:2: student_id is not valid UTF-8/,
  ],
  [
    'a line number after a quoted line break',
    { C: `${C}A,1\n`, S: `${S}"multi\nline",A,1\nx,A,0\n`, P },
    /S\.csv:4: rank "0" is not positive/,
  ],
];

describe('match solve: bad input', () => {
  it.each(bad)('rejects %s with file:line, exit 1 and no output file', async (_, files, message) => {
    const result = await solveCase(files);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('no output written');
    expect(result.status).toBe(1);
    expect(result.output).toBeUndefined();
    expect(result.leftovers).toEqual([]);
  });

  it('reports several problems at once, in file order, up to a limit', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `s${i},A,x\n`).join('');
    const result = await solveCase({ C: `${C}A,1\n`, S: S + rows, P });
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/S\.csv:2: rank "x"/);
    expect(lines[19]).toMatch(/S\.csv:21: rank "x"/);
    expect(lines[20]).toBe('(stopped after 20 problems)');
  });

  it('reports a missing file', async () => {
    const c = writeCase({ C, S, P });
    const result = await runCase({ ...c, programs: `${c.dir}/nope.csv` });
    expect(result.stderr).toMatch(/nope\.csv: file not found/);
    expect(result.status).toBe(1);
    expect(result.output).toBeUndefined();
  });

  it('reports an output that cannot be written, leaving nothing behind', async () => {
    const c = writeCase({ C: `${C}A,1\n`, S: `${S}x,A,1\n`, P: `${P}A,x,1\n` });
    const result = await runCase({ ...c, out: `${c.dir}/missing-dir/M.csv` });
    expect(result.stderr).toMatch(/missing-dir\/M\.csv: cannot write the output \(ENOENT\)/);
    expect(result.status).toBe(1);
    expect(result.leftovers).toEqual([]);
  });
});
