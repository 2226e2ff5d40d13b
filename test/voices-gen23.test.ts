import { describe, expect, it } from 'vitest';
import { contactsOf } from './support/invented.js';

const head = 'Quantum sensor spots single enzymes\n\nGraz, 2 March 2031\n\nA diamond sensor detected one enzyme molecule at a time, physicists report.\n\n"We can finally watch one molecule do its job," says Professor Lotte Brandauer-Kiss.\n\n';

describe('contacts: a hyphenated organisation name is no person', () => {
  it('takes the person above a German university name with hyphens ("Karl-Franzens-Universität Graz")', () => {
    const text = `${head}Contact:\nProf. Dr. Lotte Brandauer-Kiss\nInstitute of Physics\nKarl-Franzens-Universität Graz\nTel.: +43 316 380-5123\nlotte.brandauer@uni-graz.example\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Lotte Brandauer-Kiss', 'lotte.brandauer@uni-graz.example', '+43 316 380-5123']]);
  });

  it('takes the person above a hyphenated institute name ("Max-Planck-Institut Stuttgart")', () => {
    const text = `${head}Media contact:\nJoachim Weyrauch-Lenz\nMax-Planck-Institut Stuttgart\n+49 711 689-1555\nj.weyrauch@mpi-fkf.example\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Joachim Weyrauch-Lenz', 'j.weyrauch@mpi-fkf.example', '+49 711 689-1555']]);
  });

  it('keeps a hyphenated family name that only looks like a place ("Anna Saint-Clair")', () => {
    const text = `${head}Media contact:\nAnna Saint-Clair\nPress Office\n+43 316 380-1000\nanna.saintclair@uni-graz.example\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Anna Saint-Clair', 'anna.saintclair@uni-graz.example', '+43 316 380-1000']]);
  });
});
